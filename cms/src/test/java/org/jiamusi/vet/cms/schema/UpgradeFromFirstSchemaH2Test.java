package org.jiamusi.vet.cms.schema;

import org.jiamusi.vet.cms.testing.TestDatabase;

class UpgradeFromFirstSchemaH2Test extends UpgradeFromFirstSchemaContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
