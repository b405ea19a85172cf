package org.jiamusi.vet.search;

import java.util.Map;

/** The relevance suite on the embedded Lucene backend. */
class RelevanceSuiteLuceneTest extends RelevanceSuiteContract {

    @Override
    Map<String, Object> backendProperties() {
        return Map.of("hibernate.search.backend.type", "lucene", "hibernate.search.backend.directory.type", "local-heap");
    }

    @Override
    String backendName() {
        return "Lucene";
    }
}
