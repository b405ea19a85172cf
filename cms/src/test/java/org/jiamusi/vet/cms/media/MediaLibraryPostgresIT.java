package org.jiamusi.vet.cms.media;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** MediaLibraryContract on the machine's PostgreSQL. */
class MediaLibraryPostgresIT extends MediaLibraryContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
