package org.jiamusi.vet.cms.media;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds web-page code inside a file that is meant to be an image or a PDF: the start of an HTML
 * element that runs or loads something, or a {@code javascript:} address. Such a polyglot opens as a
 * page if anything ever serves or saves it with the wrong type. The markers are long enough, with the
 * character that must follow a tag name, that compressed pixels match one by chance about once in
 * thousands of 10 MB files; the library refuses the file then, with a message that says why.
 */
final class HiddenMarkup {

    private static final List<String> TAGS = List.of("script", "html", "head", "body", "iframe", "frame", "svg", "object",
            "embed", "img", "meta", "style", "form", "base", "link", "!doctype");
    private static final List<String> TEXTS = List.of("javascript:", "vbscript:");

    private HiddenMarkup() {
    }

    /** Whether the bytes hold an HTML tag or script address, in any mix of upper and lower case. */
    static boolean in(byte[] content) {
        for (int at = content.length - 1; at >= 0; at--) {
            byte b = content[at];
            if (b == '<') {
                for (String tag : TAGS) {
                    int after = at + 1 + tag.length();
                    if (after < content.length && matches(content, at + 1, tag) && endsTagName(content[after])) {
                        return true;
                    }
                }
            } else if (b == 'j' || b == 'J' || b == 'v' || b == 'V') {
                for (String text : TEXTS) {
                    if (matches(content, at, text)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean matches(byte[] content, int at, String ascii) {
        byte[] wanted = ascii.getBytes(StandardCharsets.US_ASCII);
        if (at + wanted.length > content.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            int c = content[at + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != wanted[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsTagName(byte b) {
        return b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    }
}
