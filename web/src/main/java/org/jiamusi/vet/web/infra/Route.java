package org.jiamusi.vet.web.infra;

import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.i18n.Slugs;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A public URL understood: its language, the Facelets view that renders it, the item's slug where
 * the URL names one ({@code /ru/programmes/tekhnologiya-zubnogo-protezirovaniya}) and the
 * {@link Section} it is in. Besides the sections there are the home page, search, the comparison of
 * programmes and the feeds.
 */
public record Route(Language language, String view, String slug, String pathAfterLanguage, Section section) {

    public Route(Language language, String view, String slug, String pathAfterLanguage) {
        this(language, view, slug, pathAfterLanguage, null);
    }

    /** Request attribute under which the filter leaves the route for the views. */
    public static final String ATTRIBUTE = Route.class.getName();

    /** Where the Facelets views of the public pages are: under {@code WEB-INF}, so no one requests them directly. */
    public static final String VIEWS = "/WEB-INF/views/";
    static final String FEEDS = "/feeds/";

    private static final Pattern SLUG = Pattern.compile(Slugs.PATTERN);
    /** As long as a stored slug may be (the column's length). */
    private static final int MAX_SLUG = 100;
    private static final String CALENDAR = ".ics";

    /**
     * Parses the part of a path after the language prefix, e.g. {@code /programmes/huli}; empty when
     * no page answers at that path.
     */
    static Optional<Route> parse(Language language, String rest) {
        String path = rest.isEmpty() ? "/" : rest;
        String[] segments = path.substring(1).split("/", -1);
        String first = segments[0];
        if (segments.length == 1) {
            return switch (first) {
                case "" -> Optional.of(new Route(language, VIEWS + "home.xhtml", null, path));
                case "search" -> Optional.of(new Route(language, VIEWS + "search.xhtml", null, path));
                case "events.ics", "news.atom" -> Optional.of(new Route(language, FEEDS + first, null, path));
                default -> Section.ofPath(first).filter(s -> s.listView() != null)
                        .map(s -> new Route(language, s.listView(), null, path, s));
            };
        }
        if (segments.length != 2) {
            return Optional.empty();
        }
        String second = segments[1];
        if (first.equals(Section.EVENT.path()) && second.endsWith(CALENDAR)) {
            String slug = second.substring(0, second.length() - CALENDAR.length());
            return isSlug(slug) ? Optional.of(new Route(language, FEEDS + "events.ics", slug, path)) : Optional.empty();
        }
        if (first.equals(Section.PROGRAMME.path()) && second.equals("compare")) {
            return Optional.of(new Route(language, VIEWS + "compare.xhtml", null, path));
        }
        return Section.ofPath(first).filter(s -> isSlug(second))
                .map(s -> new Route(language, s.itemView(), second, path, s));
    }

    private static boolean isSlug(String segment) {
        return segment.length() <= MAX_SLUG && SLUG.matcher(segment).matches();
    }
}
