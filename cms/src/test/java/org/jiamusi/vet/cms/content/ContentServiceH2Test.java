package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** The editorial rules on the embedded default database. */
class ContentServiceH2Test extends ContentServiceContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
