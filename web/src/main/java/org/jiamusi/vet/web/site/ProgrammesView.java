package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.jiamusi.vet.cms.programme.ProgrammeService;
import org.jiamusi.vet.search.SearchPage;
import org.jiamusi.vet.search.SearchQuery;
import org.jiamusi.vet.search.SearchType;
import org.jiamusi.vet.search.SiteSearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /{lang}/programmes?level=…&pathway=…&page=…}: programmes sorted by title in the reader's
 * collation, a page at a time, with the level and pathway filters and their counts. Read from the
 * search index, which keeps a collation key per language, so a page costs the same with twenty
 * programmes or twenty thousand.
 */
@Named
@RequestScoped
public class ProgrammesView {

    static final List<String> FILTERS = List.of("level", "pathway");

    @Inject
    SiteSearch search;

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentPage page;

    @Inject
    HttpServletRequest request;

    private SearchPage results;
    private List<ProgrammeCard> cards;

    public List<ProgrammeCard> getCards() {
        if (cards == null) {
            cards = results().hits().stream()
                    .map(hit -> programmes.find(hit.id()))
                    .flatMap(Optional::stream)
                    .map(programme -> ProgrammeCard.of(programme, page))
                    .toList();
        }
        return cards;
    }

    public long getTotal() {
        return results().total();
    }

    public int getPageNumber() {
        String value = request.getParameter("page");
        return value != null && value.matches("\\d{1,5}") ? Math.max(1, Integer.parseInt(value)) : 1;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    }

    /** The link to another page of the same filtered list. */
    public String pageLink(int number) {
        return link(filters(), number);
    }

    /** The facets as the page shows them: each value with its count, the link that applies it and whether it is applied. */
    public List<Facet> getFacets() {
        List<Facet> facets = new ArrayList<>();
        for (String name : FILTERS) {
            List<FacetValue> values = new ArrayList<>();
            results().facets().getOrDefault(name, Map.of()).forEach((value, count) -> {
                Map<String, String> applied = new LinkedHashMap<>(filters());
                boolean active = value.equals(applied.get(name));
                if (active) {
                    applied.remove(name);
                } else {
                    applied.put(name, value);
                }
                values.add(new FacetValue(value, count, link(applied, 1), active));
            });
            facets.add(new Facet(name, values));
        }
        return facets;
    }

    private SearchPage results() {
        if (results == null) {
            results = search.search(new SearchQuery("", page.getLanguage(), SearchType.PROGRAMME, filters(),
                    getPageNumber(), SearchQuery.Order.TITLE));
        }
        return results;
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = request.getParameter(name);
            if (value != null && value.matches("[A-Z_]{1,40}")) {
                filters.put(name, value);
            }
        }
        return filters;
    }

    private String link(Map<String, String> filters, int pageNumber) {
        StringBuilder query = new StringBuilder();
        filters.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value));
        if (pageNumber > 1) {
            query.append(query.isEmpty() ? "?" : "&").append("page=").append(pageNumber);
        }
        return page.path("/programmes") + query;
    }

    public record Facet(String name, List<FacetValue> values) {
    }

    public record FacetValue(String value, long count, String link, boolean active) {
    }
}
