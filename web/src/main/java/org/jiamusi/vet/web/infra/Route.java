package org.jiamusi.vet.web.infra;

import org.jiamusi.vet.i18n.Language;

import java.util.Optional;
import java.util.Set;

/**
 * A public URL understood: its language, the Facelets view that renders it, and the item's slug
 * where the URL names one ({@code /ru/programmes/tekhnologiya-zubnogo-protezirovaniya}).
 */
public record Route(Language language, String view, String slug, String pathAfterLanguage, String section) {

    public Route(Language language, String view, String slug, String pathAfterLanguage) {
        this(language, view, slug, pathAfterLanguage, null);
    }

    /** Sections whose items have a page of the common kind: {@code /{lang}/{section}/{slug}}. */
    static final Set<String> ITEM_SECTIONS = Set.of(
            "institutions", "experiences", "events", "cooperation", "news", "pages");

    /** Request attribute under which the filter leaves the route for the views. */
    public static final String ATTRIBUTE = Route.class.getName();

    /** Where the Facelets views of the public pages are: under {@code WEB-INF}, so no one requests them directly. */
    public static final String VIEWS = "/WEB-INF/views/";
    static final String FEEDS = "/feeds/";

    /**
     * Parses the part of a path after the language prefix, e.g. {@code /programmes/huli}; empty when
     * no page answers at that path.
     */
    static Optional<Route> parse(Language language, String rest) {
        String path = rest.isEmpty() ? "/" : rest;
        String[] segments = path.substring(1).split("/", -1);
        String first = segments[0];
        if (segments.length == 1 && (first.equals("events.ics") || first.equals("news.atom"))) {
            return Optional.of(new Route(language, FEEDS + first, null, path));
        }
        if (segments.length == 2 && first.equals("events") && segments[1].endsWith(".ics")
                && isSlug(segments[1].substring(0, segments[1].length() - 4))) {
            return Optional.of(new Route(language, FEEDS + "events.ics", segments[1].substring(0, segments[1].length() - 4), path));
        }
        if (segments.length == 1) {
            return switch (first) {
                case "" -> Optional.of(new Route(language, VIEWS + "home.xhtml", null, path));
                case "programmes" -> Optional.of(new Route(language, VIEWS + "programmes.xhtml", null, path));
                case "search" -> Optional.of(new Route(language, VIEWS + "search.xhtml", null, path));
                case "institutions" -> Optional.of(new Route(language, VIEWS + "institutions.xhtml", null, path, first));
                case "experiences" -> Optional.of(new Route(language, VIEWS + "experiences.xhtml", null, path, first));
                case "events" -> Optional.of(new Route(language, VIEWS + "events.xhtml", null, path, first));
                case "cooperation" -> Optional.of(new Route(language, VIEWS + "cooperation.xhtml", null, path, first));
                case "news" -> Optional.of(new Route(language, VIEWS + "news.xhtml", null, path, first));
                default -> Optional.empty();
            };
        }
        if (segments.length == 2 && first.equals("programmes") && segments[1].equals("compare")) {
            return Optional.of(new Route(language, VIEWS + "compare.xhtml", null, path));
        }
        if (segments.length == 2 && first.equals("programmes") && isSlug(segments[1])) {
            return Optional.of(new Route(language, VIEWS + "programme.xhtml", segments[1], path));
        }
        if (segments.length == 2 && first.equals("institutions") && isSlug(segments[1])) {
            return Optional.of(new Route(language, VIEWS + "institution.xhtml", segments[1], path, first));
        }
        if (segments.length == 2 && first.equals("experiences") && isSlug(segments[1])) {
            return Optional.of(new Route(language, VIEWS + "experience.xhtml", segments[1], path, first));
        }
        if (segments.length == 2 && first.equals("pages") && isSlug(segments[1])) {
            return Optional.of(new Route(language, VIEWS + "page.xhtml", segments[1], path, first));
        }
        if (segments.length == 2 && ITEM_SECTIONS.contains(first) && isSlug(segments[1])) {
            return Optional.of(new Route(language, VIEWS + "item.xhtml", segments[1], path, first));
        }
        return Optional.empty();
    }

    private static boolean isSlug(String segment) {
        return segment.matches("[a-z0-9]+(-[a-z0-9]+)*") && segment.length() <= 100;
    }
}
