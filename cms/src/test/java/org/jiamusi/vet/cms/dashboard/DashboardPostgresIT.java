package org.jiamusi.vet.cms.dashboard;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** DashboardContract on the machine's PostgreSQL. */
class DashboardPostgresIT extends DashboardContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
