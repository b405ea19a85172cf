package org.jiamusi.vet.search;

import org.jiamusi.vet.i18n.Language;

/**
 * One item found, in the reader's language where it has a translation; {@code language} is the
 * language the title and snippet are really written in. The snippet is HTML: escaped text with the
 * matched words in {@code <mark>}.
 */
public record SearchHit(SearchType type, long id, String title, String slug, Language language, String snippet) {
}
