package org.jiamusi.vet.cms.dashboard;

import org.jiamusi.vet.i18n.Language;

/** How many items of one target language have no translation, and how many have one made from an older source. */
public record TranslationCounts(Language language, long missing, long outdated) {
}
