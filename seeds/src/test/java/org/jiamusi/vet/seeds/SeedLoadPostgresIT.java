package org.jiamusi.vet.seeds;

import org.jiamusi.vet.cms.testing.TestDatabase;

class SeedLoadPostgresIT extends SeedLoadContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
