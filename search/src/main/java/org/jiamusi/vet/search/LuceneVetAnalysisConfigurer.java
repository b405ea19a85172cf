package org.jiamusi.vet.search;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The analyzers of {@link VetAnalyzers} for the embedded Lucene backend. */
public class LuceneVetAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        // Punctuation is dropped as a stop word; Latin words inside Chinese text are Porter-stemmed.
        context.analyzer(VetAnalyzers.CHINESE).instance(new SmartChineseAnalyzer());

        context.analyzer(VetAnalyzers.RUSSIAN).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(PatternReplaceCharFilterFactory.class)
                .param("pattern", "[ёЁ]")
                .param("replacement", "е")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(SnowballPorterFilterFactory.class)
                .param("language", "Russian");

        context.analyzer(VetAnalyzers.ENGLISH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(SnowballPorterFilterFactory.class)
                .param("language", "English");
    }
}
