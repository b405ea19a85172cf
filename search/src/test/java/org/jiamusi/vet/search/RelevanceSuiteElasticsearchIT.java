package org.jiamusi.vet.search;

import java.util.Map;

/** The relevance suite on the Elasticsearch backend against a real OpenSearch node. */
class RelevanceSuiteElasticsearchIT extends RelevanceSuiteContract {

    @Override
    Map<String, Object> backendProperties() {
        return SearchBackends.elasticsearch();
    }

    @Override
    String backendName() {
        return "OpenSearch " + "2.19 (Elasticsearch backend)";
    }
}
