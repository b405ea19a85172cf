package org.jiamusi.vet.cms.content;

import java.util.List;
import java.util.Objects;
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

    /** Joins text fields into one plain body, dropping HTML tags and empty fields. */
    public static String plain(String... parts) {
        return Stream.of(parts)
                .filter(Objects::nonNull)
                .map(part -> part.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ").strip())
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
