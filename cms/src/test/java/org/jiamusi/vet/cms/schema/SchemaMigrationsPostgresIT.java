package org.jiamusi.vet.cms.schema;

import org.flywaydb.core.api.output.MigrateResult;
import org.jiamusi.vet.cms.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaMigrationsPostgresIT {

    @Test
    void migrationsRunOnPostgresqlAndASecondRunChangesNothing() throws Exception {
        try (TestDatabase database = TestDatabase.empty(TestDatabase.Kind.POSTGRESQL)) {
            MigrateResult first = SchemaMigrations.migrate(database.dataSource());
            MigrateResult second = SchemaMigrations.migrate(database.dataSource());

            assertThat(first.migrationsExecuted).isPositive();
            assertThat(second.migrationsExecuted).isZero();
        }
    }
}
