package org.jiamusi.vet.seeds;

import org.jiamusi.vet.cms.testing.TestDatabase;

class SeedLoadH2Test extends SeedLoadContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
