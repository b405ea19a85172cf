package org.jiamusi.vet.cms.content;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiamusi.vet.i18n.Language;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The HTML an editor may keep in a rich-text field: paragraphs, headings, lists, emphasis, tables,
 * links (http, https, mailto; marked nofollow) and images from http(s) addresses. Everything else
 * goes: scripts, styles, event handlers ({@code onerror=}), {@code javascript:} and {@code data:}
 * addresses, frames and forms. It runs on every save in {@link ContentService}, so no caller (page,
 * import, seed) can store what would run on the public site; the site's one policy for rich text,
 * the public pages show what is stored as it is.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("hr", "figure", "figcaption").toFactory());

    private RichText() {
    }

    /** Numeric references the sanitiser writes for characters that need none in UTF-8 text. */
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    /** Full-width forms of {@code " & ' < = > `}: some old parsers read them as the ASCII ones, so they stay encoded. */
    private static final String KEEP_ENCODED = "\uFF02\uFF06\uFF07\uFF1C\uFF1D\uFF1E\uFF40";

    /** The HTML with only what the policy allows; plain text comes back with its characters escaped. */
    public static String sanitize(String html) {
        return html == null ? null : readable(POLICY.sanitize(html));
    }

    /** ASCII characters the sanitiser encodes that mean nothing in text or in its double-quoted attributes. */
    private static final String ASCII_PLAIN = "+@='";

    /**
     * The sanitiser encodes Chinese full-width punctuation ({@code ，} as {@code &#xff0c;}) and such
     * characters as {@code +} in "3+2", which an editor would then see in the form and search would
     * index; characters that carry no markup meaning are written back as themselves. {@code < > & "}
     * stay encoded.
     */
    private static String readable(String html) {
        Matcher matcher = NUMERIC_REFERENCE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (matcher.find()) {
            int codePoint = matcher.group(1) != null ? Integer.parseInt(matcher.group(1), 16) : Integer.parseInt(matcher.group(2));
            boolean plain = ASCII_PLAIN.indexOf(codePoint) >= 0
                    || (codePoint >= 0xA0 && Character.isValidCodePoint(codePoint) && !Character.isISOControl(codePoint)
                    && KEEP_ENCODED.indexOf(codePoint) < 0 && codePoint != 0x2028 && codePoint != 0x2029);
            matcher.appendReplacement(out, Matcher.quoteReplacement(plain ? Character.toString(codePoint) : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * The draft with every rich-text field of every language sanitised; other fields untouched. Public
     * so that a caller can tell whether a draft differs from what is stored, which is sanitised.
     */
    public static ContentDraft sanitize(ContentSchema schema, ContentDraft draft) {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        boolean changed = false;
        for (Map.Entry<Language, Map<String, String>> language : draft.texts().entrySet()) {
            Map<String, String> values = new LinkedHashMap<>(language.getValue());
            for (FieldDef field : schema.translatableFields()) {
                String value = values.get(field.name());
                if (field.kind() == FieldKind.RICH_TEXT && value != null && looksLikeHtml(value)) {
                    String clean = sanitize(value);
                    changed |= !clean.equals(value);
                    values.put(field.name(), clean);
                }
            }
            texts.put(language.getKey(), values);
        }
        return changed ? new ContentDraft(draft.fields(), texts) : draft;
    }

    /**
     * Whether a value holds markup (or an entity) at all. Plain text, which the seed files and many
     * editors write with one paragraph a line, is kept as it is; it is escaped when shown.
     */
    public static boolean looksLikeHtml(String value) {
        return value.indexOf('<') >= 0 || value.indexOf('&') >= 0 || value.indexOf('>') >= 0;
    }
}
