package org.jiamusi.vet.web.site;

import org.jiamusi.vet.i18n.Language;

import java.util.Map;

/**
 * The text of an item a reader sees: in their language, else the first language of its fallback
 * chain that the item has ({@code ru → en → zh}), with the language it is in so the page can mark
 * it with {@code lang} and say so.
 */
record Localized<T>(T text, Language language, boolean fallback) {

    static <T> Localized<T> of(Map<Language, T> texts, Language reader) {
        Language shown = reader.fallbackChain().stream().filter(texts::containsKey).findFirst().orElse(Language.SOURCE);
        return new Localized<>(texts.get(shown), shown, shown != reader);
    }

    /** The {@code lang} attribute for the text: null when it is in the page's language. */
    String lang() {
        return fallback ? language.code() : null;
    }
}
