package org.jiamusi.vet.search;

import java.util.Map;

/** Search on the embedded default: the Lucene backend, in memory. */
class SiteSearchLuceneTest extends SiteSearchContract {

    @Override
    Map<String, Object> backendProperties() {
        return SearchBackends.lucene();
    }
}
