package org.jiamusi.vet.search;

import java.util.Map;

/** The relevance suite on the embedded Lucene backend. */
class RelevanceSuiteLuceneTest extends RelevanceSuiteContract {

    @Override
    Map<String, Object> backendProperties() {
        return SearchBackends.lucene();
    }

    @Override
    String backendName() {
        return "Lucene";
    }
}
