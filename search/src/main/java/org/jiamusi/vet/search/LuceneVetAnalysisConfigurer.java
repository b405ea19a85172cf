package org.jiamusi.vet.search;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.WhitespaceTokenizerFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
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

        context.analyzer(VetAnalyzers.PINYIN_PREFIXES).custom()
                .tokenizer(WhitespaceTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                .param("minGramSize", "1")
                .param("maxGramSize", Integer.toString(VetAnalyzers.PREFIX_MAX));
        context.analyzer(VetAnalyzers.PINYIN_QUERY).custom()
                .tokenizer(KeywordTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);

        context.analyzer(VetAnalyzers.SUGGEST_CHINESE).custom()
                .tokenizer(HMMChineseTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                .param("minGramSize", "1")
                .param("maxGramSize", "20");
        context.analyzer(VetAnalyzers.SUGGEST_CHINESE_QUERY).custom()
                .tokenizer(HMMChineseTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
        context.analyzer(VetAnalyzers.SUGGEST_WORDS).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(PatternReplaceCharFilterFactory.class)
                .param("pattern", "[ёЁ]")
                .param("replacement", "е")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                .param("minGramSize", "1")
                .param("maxGramSize", "20");
        context.analyzer(VetAnalyzers.SUGGEST_WORDS_QUERY).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(PatternReplaceCharFilterFactory.class)
                .param("pattern", "[ёЁ]")
                .param("replacement", "е")
                .tokenFilter(LowerCaseFilterFactory.class);

        context.normalizer(VetAnalyzers.KEYWORD).custom();
    }
}
