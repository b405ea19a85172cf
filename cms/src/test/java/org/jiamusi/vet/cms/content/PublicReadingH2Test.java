package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** The public reading services on the embedded default database. */
class PublicReadingH2Test extends PublicReadingContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
