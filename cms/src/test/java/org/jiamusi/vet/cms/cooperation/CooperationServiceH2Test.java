package org.jiamusi.vet.cms.cooperation;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** What the public reads of cooperation projects, on the embedded default database. */
class CooperationServiceH2Test extends CooperationServiceContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
