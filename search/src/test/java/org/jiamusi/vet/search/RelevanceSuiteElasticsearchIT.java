package org.jiamusi.vet.search;

import org.jiamusi.vet.search.engine.EngineNode;
import org.jiamusi.vet.search.engine.SharedEngine;

import java.util.Map;

/** The relevance suite on the Elasticsearch backend against a real OpenSearch node. */
class RelevanceSuiteElasticsearchIT extends RelevanceSuiteContract {

    @Override
    Map<String, Object> backendProperties() {
        EngineNode engine = SharedEngine.node();
        return Map.of(
                "hibernate.search.backend.type", "elasticsearch",
                "hibernate.search.backend.hosts", "127.0.0.1:" + engine.httpPort(),
                "hibernate.search.backend.protocol", "http",
                "hibernate.search.schema_management.strategy", "drop-and-create-and-drop");
    }

    @Override
    String backendName() {
        return "OpenSearch " + "2.19 (Elasticsearch backend)";
    }
}
