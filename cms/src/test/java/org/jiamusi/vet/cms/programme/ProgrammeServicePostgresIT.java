package org.jiamusi.vet.cms.programme;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** The programme service on the machine's PostgreSQL. */
class ProgrammeServicePostgresIT extends ProgrammeServiceContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
