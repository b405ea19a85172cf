package org.jiamusi.vet.search;

import org.jiamusi.vet.cms.testing.DatabaseContract;
import org.jiamusi.vet.cms.testing.TestDatabase;

import java.util.Map;

/**
 * A contract of the search module: the same tests on every search backend, over an H2 database
 * with the project's mapping and analysis. The backend is what differs between runs, so a
 * subclass names only its backend's properties ({@link SearchBackends}).
 */
abstract class SearchContract extends DatabaseContract {

    /** The Hibernate Search properties that select and configure the backend under test. */
    abstract Map<String, Object> backendProperties();

    @Override
    protected final TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }

    @Override
    protected final Map<String, Object> persistenceProperties() {
        return SearchBackends.withTheMapping(backendProperties());
    }
}
