package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** The back office's lists on the embedded default database. */
class ContentListsH2Test extends ContentListsContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
