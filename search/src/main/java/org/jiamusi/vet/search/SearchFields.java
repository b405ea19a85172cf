package org.jiamusi.vet.search;

import org.jiamusi.vet.i18n.Language;

/** Index field names: one per translatable field and language, and the pinyin and facet fields. */
final class SearchFields {

    static final String TYPE = "type";
    static final String PINYIN_WORDS = "pinyin_words";
    static final String PINYIN_INITIALS = "pinyin_initials";
    static final String FEATURED = "featured";

    static final String LEVEL = "level";
    /** The level as its rank from secondary vocational upwards, to sort by. */
    static final String LEVEL_ORDER = "level_order";
    static final String PATHWAY = "pathway";
    static final String INSTITUTION = "institution";
    static final String DISTRICT = "district";
    static final String CLUSTER = "cluster";

    private SearchFields() {
    }

    static String title(Language language) {
        return "title_" + language.code();
    }

    static String body(Language language) {
        return "body_" + language.code();
    }

    /** Title and summary as unstemmed lower-case words, for typo tolerance (a stem is a poor base for edits). */
    static String words(Language language) {
        return "words_" + language.code();
    }

    static String suggest(Language language) {
        return "suggest_" + language.code();
    }

    static String sort(Language language) {
        return "sort_" + language.code();
    }
}
