package org.jiamusi.vet.search;

import java.util.Map;

/**
 * Search on the Elasticsearch backend against a real OpenSearch node with Chinese analysis inside
 * the engine: the same contract as the embedded Lucene backend.
 */
class SiteSearchElasticsearchIT extends SiteSearchContract {

    @Override
    Map<String, Object> backendProperties() {
        return SearchBackends.elasticsearch();
    }
}
