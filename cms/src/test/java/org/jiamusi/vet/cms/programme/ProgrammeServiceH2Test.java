package org.jiamusi.vet.cms.programme;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** The programme service on the embedded default database. */
class ProgrammeServiceH2Test extends ProgrammeServiceContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
