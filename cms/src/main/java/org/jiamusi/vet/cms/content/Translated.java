package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.i18n.Language;

import java.util.Map;
import java.util.Optional;

/**
 * A published item as a page, a feed or the API reads it: a record filled by its service inside
 * the transaction, with its texts by language. Which text a reader sees is {@link LocalizedText#pick}.
 */
public interface Translated<T> {

    long id();

    /** The texts by language; only the languages that were published are present. */
    Map<Language, T> texts();

    /** The text a reader of this language sees: their own, else the first of their fallback chain. */
    default LocalizedText<T> textFor(Language reader) {
        return LocalizedText.pick(texts(), reader);
    }

    default Optional<T> text(Language language) {
        return Optional.ofNullable(texts().get(language));
    }
}
