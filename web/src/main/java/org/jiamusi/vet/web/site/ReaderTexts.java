package org.jiamusi.vet.web.site;

import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;

/** Picks, among an item's published texts, the one a reader sees: their language's, else their fallback's. */
final class ReaderTexts {

    private ReaderTexts() {
    }

    /** Null only for an item with no published text at all, which the projections never write. */
    static <T> LocalizedText<T> pick(Map<Language, T> texts, Language reader) {
        for (Language language : reader.fallbackChain()) {
            T text = texts.get(language);
            if (text != null) {
                return new LocalizedText<>(text, language);
            }
        }
        return texts.entrySet().stream().findFirst().map(e -> new LocalizedText<>(e.getValue(), e.getKey())).orElse(null);
    }

    /** The text as paragraphs, one a line, blank lines dropped; none for null. */
    static java.util.List<String> paragraphs(String text) {
        return text == null ? java.util.List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
