package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.i18n.Language;

import java.util.Map;

/**
 * The text of an item a reader sees, with the language it is really written in: their own, else
 * the first language of their fallback chain that the item has ({@code ru → en → zh}), and whether
 * that is a fallback, so the page can mark it with {@code lang} and say so.
 */
public record LocalizedText<T>(T text, Language language, boolean fallback) {

    /**
     * The text a reader sees among an item's texts by language ({@link Language#shownFrom}); its
     * {@code text} is null only when the item has none at all.
     */
    public static <T> LocalizedText<T> pick(Map<Language, ? extends T> texts, Language reader) {
        Language shown = reader.shownFrom(language -> texts.get(language) != null);
        return new LocalizedText<>(texts.get(shown), shown, shown != reader);
    }

    /** The {@code lang} attribute for the text: its language's code when it is a fallback, else null (the page's own). */
    public String lang() {
        return fallback ? language.code() : null;
    }
}
