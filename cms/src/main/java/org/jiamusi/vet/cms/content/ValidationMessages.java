package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;
import java.util.ResourceBundle;

/**
 * The messages of validation, permission and workflow refusals in the editor's language, from the
 * UTF-8 bundles {@code messages/validation_*.properties}. The back office shows them next to the field.
 */
public final class ValidationMessages {

    static final String BUNDLE = "messages.validation";

    private ValidationMessages() {
    }

    public static String format(Violation violation, Language editor) {
        return format(violation.messageKey(), violation.arguments(), editor);
    }

    public static String format(String key, Map<String, Object> arguments, Language editor) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, editor.locale(), ValidationMessages.class.getClassLoader());
        return Formats.message(bundle.getString(key), editor, arguments);
    }
}
