package org.jiamusi.vet.cms.cooperation;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** What the public reads of cooperation projects, on PostgreSQL. */
class CooperationServicePostgresIT extends CooperationServiceContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
