package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.i18n.Language;

/**
 * A text together with the language it is really written in, which differs from the reader's when
 * a translation is missing and the fallback chain was followed.
 */
public record LocalizedText<T>(T text, Language language) {

    public boolean isFallbackFor(Language reader) {
        return language != reader;
    }
}
