package org.jiamusi.vet.cms.dashboard;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** DashboardContract on the embedded default database. */
class DashboardH2Test extends DashboardContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
