package org.jiamusi.vet.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link VetAnalyzers} inside an Elasticsearch or OpenSearch engine. Chinese needs
 * the engine's {@code analysis-smartcn} plugin; everything else uses built-in components, chosen to
 * tokenize, fold and stem as the Lucene backend does.
 */
public class ElasticsearchVetAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(VetAnalyzers.CHINESE).custom()
                .tokenizer("smartcn_tokenizer")
                .tokenFilters("lowercase", "vet_chinese_punctuation", "porter_stem");
        context.tokenFilter("vet_chinese_punctuation").type("pattern_replace")
                .param("pattern", "^\\p{Punct}+$|^[\\p{IsPunctuation}，。、；：？！]+$")
                .param("replacement", "");

        context.analyzer(VetAnalyzers.RUSSIAN).custom()
                .tokenizer("standard")
                .charFilters("vet_yo_folding")
                .tokenFilters("lowercase", "vet_russian_snowball");
        context.charFilter("vet_yo_folding").type("mapping")
                .param("mappings", "ё=>е", "Ё=>Е");
        context.tokenFilter("vet_russian_snowball").type("snowball")
                .param("language", "Russian");

        context.analyzer(VetAnalyzers.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "vet_english_snowball");
        context.tokenFilter("vet_english_snowball").type("snowball")
                .param("language", "English");

        context.tokenFilter("vet_prefixes").type("edge_ngram")
                .param("min_gram", 1)
                .param("max_gram", VetAnalyzers.PREFIX_MAX);
        context.tokenFilter("vet_word_prefixes").type("edge_ngram")
                .param("min_gram", 1)
                .param("max_gram", 20);

        context.analyzer(VetAnalyzers.PINYIN_PREFIXES).custom()
                .tokenizer("whitespace")
                .tokenFilters("lowercase", "vet_prefixes");
        context.analyzer(VetAnalyzers.PINYIN_QUERY).custom()
                .tokenizer("keyword")
                .tokenFilters("lowercase");

        context.analyzer(VetAnalyzers.SUGGEST_CHINESE).custom()
                .tokenizer("smartcn_tokenizer")
                .tokenFilters("lowercase", "vet_word_prefixes");
        context.analyzer(VetAnalyzers.SUGGEST_CHINESE_QUERY).custom()
                .tokenizer("smartcn_tokenizer")
                .tokenFilters("lowercase");
        context.analyzer(VetAnalyzers.SUGGEST_WORDS).custom()
                .tokenizer("standard")
                .charFilters("vet_yo_folding")
                .tokenFilters("lowercase", "vet_word_prefixes");
        context.analyzer(VetAnalyzers.SUGGEST_WORDS_QUERY).custom()
                .tokenizer("standard")
                .charFilters("vet_yo_folding")
                .tokenFilters("lowercase");

        context.normalizer(VetAnalyzers.KEYWORD).custom();
    }
}
