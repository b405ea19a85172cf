package org.jiamusi.vet.cms.media;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** MediaLibraryContract on the embedded default database. */
class MediaLibraryH2Test extends MediaLibraryContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
