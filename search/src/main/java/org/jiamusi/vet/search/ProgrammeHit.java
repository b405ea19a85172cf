package org.jiamusi.vet.search;

import org.jiamusi.vet.i18n.Language;

/**
 * One programme found, in the reader's language where it has a translation; {@code language} is the
 * language the title and summary are really written in.
 */
public record ProgrammeHit(long id, String slug, String title, String summary, String institution, Language language) {
}
