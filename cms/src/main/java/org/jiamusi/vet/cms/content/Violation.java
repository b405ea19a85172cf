package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.i18n.Language;

import java.util.Map;

/**
 * One reason a draft cannot be saved: the field (and language, for a translatable field), and a
 * message key with arguments that the back office shows in the editor's language.
 */
public record Violation(String field, Language language, String messageKey, Map<String, Object> arguments) {

    public Violation {
        arguments = Map.copyOf(arguments);
    }

    public static Violation of(String field, String messageKey) {
        return new Violation(field, null, messageKey, Map.of());
    }

    public static Violation of(String field, Language language, String messageKey, Map<String, Object> arguments) {
        return new Violation(field, language, messageKey, arguments);
    }
}
