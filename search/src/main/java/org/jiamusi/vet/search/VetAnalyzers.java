package org.jiamusi.vet.search;

import org.jiamusi.vet.i18n.Language;

/**
 * Analyzer and normalizer names, shared by the index mapping and by the backend-specific
 * configurers that define them.
 */
public final class VetAnalyzers {

    /** Chinese word segmentation (smartcn's hidden Markov model), lower-casing any Latin letters. */
    public static final String CHINESE = "vet_chinese";
    /** Russian words, ё folded into е, reduced to their Snowball stem. */
    public static final String RUSSIAN = "vet_russian";
    /** English words reduced to their Snowball (Porter 2) stem. */
    public static final String ENGLISH = "vet_english";

    /** Pinyin written at index time: whitespace-separated tokens indexed with every prefix. */
    public static final String PINYIN_PREFIXES = "vet_pinyin_prefixes";
    /** What a reader types as pinyin, taken as one lower-cased token and matched against those prefixes. */
    public static final String PINYIN_QUERY = "vet_pinyin_query";

    /** Word prefixes of titles, for suggestions as you type; no stemming, so a prefix stays a prefix. */
    public static final String SUGGEST_CHINESE = "vet_suggest_chinese";
    public static final String SUGGEST_WORDS = "vet_suggest_words";
    /** The typed words, split like the titles but not cut into prefixes. */
    public static final String SUGGEST_CHINESE_QUERY = "vet_suggest_chinese_query";
    public static final String SUGGEST_WORDS_QUERY = "vet_suggest_words_query";

    /** Keywords compared as given. */
    public static final String KEYWORD = "vet_keyword";

    static final int PREFIX_MAX = 40;

    private VetAnalyzers() {
    }

    public static String of(Language language) {
        return switch (language) {
            case ZH -> CHINESE;
            case RU -> RUSSIAN;
            case EN -> ENGLISH;
        };
    }

    static String suggest(Language language) {
        return language == Language.ZH ? SUGGEST_CHINESE : SUGGEST_WORDS;
    }

    static String suggestQuery(Language language) {
        return language == Language.ZH ? SUGGEST_CHINESE_QUERY : SUGGEST_WORDS_QUERY;
    }
}
