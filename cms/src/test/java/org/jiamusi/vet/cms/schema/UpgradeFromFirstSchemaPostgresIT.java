package org.jiamusi.vet.cms.schema;

import org.jiamusi.vet.cms.testing.TestDatabase;

class UpgradeFromFirstSchemaPostgresIT extends UpgradeFromFirstSchemaContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
