package org.jiamusi.vet.search;

import org.jiamusi.vet.search.engine.EngineNode;
import org.jiamusi.vet.search.engine.SharedEngine;

import java.util.Map;

/**
 * Search on the Elasticsearch backend against a real OpenSearch node with Chinese analysis inside
 * the engine: the same contract as the embedded Lucene backend.
 */
class SiteSearchElasticsearchIT extends SiteSearchContract {

    @Override
    Map<String, Object> backendProperties() {
        EngineNode engine = SharedEngine.node();
        return Map.of(
                "hibernate.search.backend.type", "elasticsearch",
                "hibernate.search.backend.hosts", "127.0.0.1:" + engine.httpPort(),
                "hibernate.search.backend.protocol", "http",
                "hibernate.search.schema_management.strategy", "drop-and-create-and-drop");
    }
}
