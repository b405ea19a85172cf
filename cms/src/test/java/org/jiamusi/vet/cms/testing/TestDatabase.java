package org.jiamusi.vet.cms.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.h2.jdbcx.JdbcDataSource;
import org.jiamusi.vet.cms.schema.SchemaMigrations;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, migrated database for one test class: an in-memory H2 database, or a schema of its own
 * in the machine's PostgreSQL (127.0.0.1:5432, database {@code test}, overridable with
 * {@code -Dtest.postgresql.url}), dropped again when the test closes it.
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind { H2, POSTGRESQL }

    private static final String POSTGRESQL_URL =
            System.getProperty("test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String POSTGRESQL_USER = System.getProperty("test.postgresql.user", "postgres");

    private final Kind kind;
    private final String schema;
    private final String url;
    private final DataSource dataSource;

    private TestDatabase(Kind kind) {
        this.kind = kind;
        this.schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (kind == Kind.H2) {
            url = "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            dataSource = h2;
        } else {
            createPostgresSchema();
            url = POSTGRESQL_URL + "?currentSchema=" + schema;
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(POSTGRESQL_USER);
            dataSource = postgres;
        }
    }

    /** A new database with every migration applied. */
    public static TestDatabase migrated(Kind kind) {
        TestDatabase database = new TestDatabase(kind);
        SchemaMigrations.migrate(database.dataSource);
        return database;
    }

    /** A new, empty database, for tests of the migrations themselves. */
    public static TestDatabase empty(Kind kind) {
        return new TestDatabase(kind);
    }

    public Kind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory entityManagerFactory(Map<String, Object> extraProperties) {
        Map<String, Object> properties = new HashMap<>(extraProperties);
        properties.put("jakarta.persistence.jdbc.url", url);
        if (kind == Kind.POSTGRESQL) {
            properties.put("jakarta.persistence.jdbc.user", POSTGRESQL_USER);
        }
        return Persistence.createEntityManagerFactory("vet-test", properties);
    }

    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory(Map.of());
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(kind == Kind.H2 ? "SHUTDOWN" : "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private void createPostgresSchema() {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(POSTGRESQL_URL);
        admin.setUser(POSTGRESQL_USER);
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + POSTGRESQL_URL
                    + " as " + POSTGRESQL_USER + "; start it (see README) or set -Dtest.postgresql.url", e);
        }
    }
}
