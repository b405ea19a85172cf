package org.jiamusi.vet.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.jiamusi.vet.cms.content.ValidationMessages;
import org.jiamusi.vet.cms.content.Violation;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;

/**
 * The back office's words in the editor's chosen language, from the UTF-8 bundles
 * {@code messages/admin_*.properties} (ICU MessageFormat, named arguments); refusals from the cms
 * services come from its validation bundles in the same language.
 */
@Named("am")
@RequestScoped
public class AdminMessages {

    static final String BUNDLE = "messages.admin";

    @Inject
    AdminSession session;

    private ResourceBundle bundle;

    public Language language() {
        return session.getLanguage();
    }

    private ResourceBundle bundle() {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(BUNDLE, language().locale());
        }
        return bundle;
    }

    /** A message without arguments, e.g. {@code #{am.get('nav.home')}}. */
    public String get(String key) {
        return bundle().getString(key);
    }

    /** Whether the bundle has a key, for texts that fall back to a technical name (a field a new type added). */
    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** A message with one named argument. */
    public String format(String key, String name, Object value) {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put(name, value);
        return Formats.message(get(key), language(), arguments);
    }

    /** A message with named arguments. */
    public String format(String key, Map<String, ?> arguments) {
        return Formats.message(get(key), language(), arguments);
    }

    /** A refusal of the cms services (validation, permission, workflow) by its message key. */
    public String refusal(String messageKey) {
        return ValidationMessages.format(messageKey, Map.of(), language());
    }

    /** A refusal of the cms services with its arguments, e.g. the media library's. */
    public String refusal(String messageKey, Map<String, Object> arguments) {
        return ValidationMessages.format(messageKey, arguments, language());
    }

    public String violation(Violation violation) {
        return ValidationMessages.format(violation, language());
    }
}
