package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** The content types' projections on the machine's PostgreSQL. */
class ProjectionsPostgresIT extends ProjectionsContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
