package org.jiamusi.vet.search;

import org.jiamusi.vet.i18n.Language;

import java.util.Map;

/**
 * What a reader asks: words (possibly none: browse), their language, one type or all, facet filters
 * (programmes only: {@code level}, {@code pathway}, {@code institution}, {@code district}, {@code cluster}), a page
 * counted from 1, and an order.
 */
public record SearchQuery(String text, Language reader, SearchType type, Map<String, String> filters, int page, Order order) {

    public static final int PAGE_SIZE = 20;

    /**
     * Best match first; title in the reader's collation; or level (secondary vocational first, as a
     * pupil climbs) and then title.
     */
    public enum Order { RELEVANCE, TITLE, LEVEL }

    public SearchQuery {
        text = text == null ? "" : text.strip();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        page = Math.max(page, 1);
        order = order == null ? Order.RELEVANCE : order;
    }

    public static SearchQuery of(String text, Language reader) {
        return new SearchQuery(text, reader, null, Map.of(), 1, Order.RELEVANCE);
    }
}
