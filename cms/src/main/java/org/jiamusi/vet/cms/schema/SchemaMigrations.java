package org.jiamusi.vet.cms.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/**
 * Brings a database to the current schema with the migrations in {@code db/migration}. The same
 * migrations run on the embedded H2 database and on PostgreSQL, and never drop content.
 */
public final class SchemaMigrations {

    public static final String LOCATION = "classpath:db/migration";

    private SchemaMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return migrate(dataSource, null);
    }

    /** Migrates the database at a JDBC URL, for the command-line tools. */
    public static MigrateResult migrate(String url, String user, String password) {
        return configuration().dataSource(url, user, password).load().migrate();
    }

    /** Migrates up to a given version only (all when null): for tests of an upgrade from an older schema. */
    public static MigrateResult migrate(DataSource dataSource, String targetVersion) {
        var configuration = configuration().dataSource(dataSource);
        if (targetVersion != null) {
            configuration.target(targetVersion);
        }
        return configuration.load().migrate();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration configuration() {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .locations(LOCATION)
                .javaMigrations(new V3_1__ProgrammesIntoContentItems());
    }
}
