package org.jiamusi.vet.search;

import org.jiamusi.vet.i18n.Language;

/** A title offered while the reader types, in their language where it has one. */
public record Suggestion(SearchType type, String title, String slug, Language language) {
}
