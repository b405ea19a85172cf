package org.jiamusi.vet.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The one analysis configurer the deployment names, whichever backend the configuration selects at
 * start: Hibernate Search calls the method of the backend it runs, which hands over to that
 * backend's own configurer. This keeps a single setting ({@code VET_SEARCH_BACKEND}) for operators.
 */
public class VetAnalysisConfigurer implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        new LuceneVetAnalysisConfigurer().configure(context);
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        new ElasticsearchVetAnalysisConfigurer().configure(context);
    }
}
