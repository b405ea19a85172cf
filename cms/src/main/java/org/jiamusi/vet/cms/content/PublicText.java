package org.jiamusi.vet.cms.content;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a reader searches in one language of a published item: its title, its slug, its summary,
 * and the rest of its text as plain text.
 */
public record PublicText(String title, String slug, String summary, String body) {

    /** A plain text as its paragraphs, one a line, blank lines dropped; none for null. */
    public static List<String> paragraphs(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

    /**
     * Joins text fields into one plain body, dropping HTML tags and empty fields. The character
     * references the sanitiser writes (such as {@code &#34;} for a quotation mark) become the
     * characters again, so a reader and the index see {@code "}, not the reference.
     */
    public static String plain(String... parts) {
        return Stream.of(parts)
                .filter(Objects::nonNull)
                .map(part -> characters(part.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").strip())
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    private static String characters(String html) {
        return ENTITY.matcher(html).replaceAll(reference -> Matcher.quoteReplacement(character(reference.group(1))));
    }

    private static String character(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int code = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(code) && !Character.isISOControl(code) ? Character.toString(code) : " ";
            }
        };
    }
}
