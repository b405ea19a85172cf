package org.jiamusi.vet.search;

import org.jiamusi.vet.i18n.Language;

/** Index field names, one per translatable field and language. */
final class SearchFields {

    private SearchFields() {
    }

    static String title(Language language) {
        return "title_" + language.code();
    }

    static String body(Language language) {
        return "body_" + language.code();
    }
}
