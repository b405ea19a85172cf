package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** The content types' projections on the embedded default database. */
class ProjectionsH2Test extends ProjectionsContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
