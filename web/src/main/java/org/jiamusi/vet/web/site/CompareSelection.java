package org.jiamusi.vet.web.site;

import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The programmes a reader has picked to compare, as the query string carries them: {@code ?p=a,b}
 * from a link, or {@code ?p=a&p=b} from the list's checkboxes without JavaScript. Kept in the
 * address rather than a session, so a comparison can be bookmarked and sent to someone else.
 */
final class CompareSelection {

    /** Side by side, three columns still fit a laptop and a phone. */
    static final int MAX = 3;
    static final String PARAMETER = "p";

    /** What is read of a hand-made address at most; the rest is ignored. */
    private static final int MAX_READ = 10;
    private static final int MAX_LENGTH = 100;

    private CompareSelection() {
    }

    /** The values given, in order, without blanks or repeats; each cut to a slug's longest length. */
    static List<String> read(HttpServletRequest request) {
        String[] values = request.getParameterValues(PARAMETER);
        Set<String> picked = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    String slug = part.strip();
                    if (!slug.isEmpty() && picked.size() < MAX_READ) {
                        picked.add(slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug);
                    }
                }
            }
        }
        return new ArrayList<>(picked);
    }

    /** Whether a value has the form of a slug; anything else is not looked up. */
    static boolean isSlug(String value) {
        return value.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    /** {@code p=a,b} for a query string, or empty. */
    static String parameter(List<String> slugs) {
        return slugs.isEmpty() ? "" : PARAMETER + "=" + String.join(",", slugs);
    }
}
