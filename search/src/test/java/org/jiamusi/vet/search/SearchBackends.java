package org.jiamusi.vet.search;

import org.jiamusi.vet.search.engine.EngineNode;
import org.jiamusi.vet.search.engine.SharedEngine;

import java.util.HashMap;
import java.util.Map;

/**
 * The Hibernate Search properties of the backends the search contracts run on, and the project's
 * mapping and analysis on top of either. Indexing on commit is off: a test drains the outbox
 * itself ({@link IndexCatchUp}), so it knows when the index has caught up.
 */
final class SearchBackends {

    private SearchBackends() {
    }

    /** The embedded default: Lucene, in memory. */
    static Map<String, Object> lucene() {
        return Map.of(
                "hibernate.search.backend.type", "lucene",
                "hibernate.search.backend.directory.type", "local-heap");
    }

    /** The Elasticsearch backend against the shared OpenSearch node, its indexes made for the test and dropped after. */
    static Map<String, Object> elasticsearch() {
        EngineNode engine = SharedEngine.node();
        return Map.of(
                "hibernate.search.backend.type", "elasticsearch",
                "hibernate.search.backend.hosts", "127.0.0.1:" + engine.httpPort(),
                "hibernate.search.backend.protocol", "http",
                "hibernate.search.schema_management.strategy", "drop-and-create-and-drop");
    }

    /** A backend's properties with the project's mapping and analysis. */
    static Map<String, Object> withTheMapping(Map<String, Object> backend) {
        Map<String, Object> properties = new HashMap<>(backend);
        properties.put("hibernate.search.mapping.configurer", VetSearchMapping.class.getName());
        properties.put("hibernate.search.backend.analysis.configurer", VetAnalysisConfigurer.class.getName());
        properties.put("hibernate.search.indexing.listeners.enabled", "false");
        return properties;
    }
}
