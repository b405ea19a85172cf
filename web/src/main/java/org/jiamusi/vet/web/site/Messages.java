package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.i18n.Formats;

import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The site's words in the reader's language, from the UTF-8 bundles {@code messages/site_*.properties}.
 * Patterns are ICU MessageFormat with named arguments, so counts take the right plural form
 * ({@code {count, plural, one {# программа} few {# программы} many {# программ} other {# программы}}}).
 */
@Named("msg")
@RequestScoped
public class Messages {

    static final String BUNDLE = "messages.site";

    @Inject
    CurrentPage page;

    private ResourceBundle bundle;

    private ResourceBundle bundle() {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(BUNDLE, page.getLocale());
        }
        return bundle;
    }

    /** A message without arguments, e.g. {@code #{msg.get('nav.programmes')}}. */
    public String get(String key) {
        return bundle().getString(key);
    }

    /** A message with one named argument, e.g. {@code #{msg.format('search.count', 'count', 5)}}. */
    public String format(String key, String name, Object value) {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put(name, value);
        return Formats.message(get(key), page.getLanguage(), arguments);
    }
}
