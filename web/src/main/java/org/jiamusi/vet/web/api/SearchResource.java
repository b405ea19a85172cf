package org.jiamusi.vet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.search.SearchHit;
import org.jiamusi.vet.search.SearchPage;
import org.jiamusi.vet.search.SearchQuery;
import org.jiamusi.vet.search.SearchType;
import org.jiamusi.vet.search.SiteSearch;
import org.jiamusi.vet.search.Suggestion;
import org.jiamusi.vet.web.infra.Section;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code GET /api/v1/search?q=&lang=&type=&page=} and {@code GET /api/v1/suggest?q=&lang=}. An empty
 * {@code q} browses everything of the type with its facets; {@code id} is the same for an item in
 * every language; {@code url} is the item's page in the requested language.
 */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int MAX_QUERY = 200;
    static final int MAX_SUGGESTIONS = 8;

    @Inject
    SiteSearch search;

    public record Result(String type, long id, String title, String url, String snippet, String lang) {
    }

    public record Page(long total, int page, List<Result> results, Map<String, Map<String, Long>> facets, boolean fallback) {
    }

    public record Suggested(String title, String url, String type) {
    }

    /** The shape PrimeFaces' autocomplete reads from its {@code completeEndpoint}. */
    public record AutoCompleteAnswer(List<AutoCompleteItem> suggestions, boolean moreAvailable) {
    }

    public record AutoCompleteItem(String label, String value) {
    }

    @GET
    @Path("/search")
    public Page search(@QueryParam("q") String q, @QueryParam("lang") String lang, @QueryParam("type") String type,
                       @QueryParam("page") String page, @QueryParam("level") String level, @QueryParam("pathway") String pathway,
                       @QueryParam("institution") String institution, @QueryParam("district") String district,
                       @QueryParam("cluster") String cluster,
                       @QueryParam("sort") String sort) {
        Language language = language(lang);
        SearchType searchType = type == null || type.isBlank() ? null
                : Section.ofCode(type).map(Section::searchType).orElseThrow(() -> new BadRequestException(
                        "type must be one of " + Arrays.stream(Section.values()).map(Section::code).collect(Collectors.joining(", "))));
        int pageNumber = page(page);
        Map<String, String> filters = new LinkedHashMap<>();
        putFilter(filters, "level", level, "[A-Z_]{1,40}");
        putFilter(filters, "pathway", pathway, "[A-Z_]{1,40}");
        putFilter(filters, "institution", institution, "\\d{1,18}");
        putFilter(filters, "district", district, "[A-Z_]{1,40}");
        putFilter(filters, "cluster", cluster, "[^<>\"]{1,200}");
        if (!filters.isEmpty() && searchType != SearchType.PROGRAMME) {
            throw new BadRequestException("level, pathway, institution, district and cluster filter programmes: add type=programme");
        }
        SearchQuery.Order order = sort == null || sort.isBlank() || sort.equals("relevance") ? SearchQuery.Order.RELEVANCE
                : sort.equals("title") ? SearchQuery.Order.TITLE
                : sort.equals("level") ? SearchQuery.Order.LEVEL
                : failOrder();
        SearchPage found = search.search(new SearchQuery(query(q), language, searchType, filters, pageNumber, order));
        List<Result> results = found.hits().stream()
                .map(hit -> new Result(Section.of(hit.type()).code(), hit.id(), hit.title(), Section.of(hit.type()).pathOf(language, hit.slug()),
                        hit.snippet(), hit.language().code()))
                .toList();
        return new Page(found.total(), pageNumber, results, found.facets(), found.fallback());
    }

    @GET
    @Path("/suggest")
    public Object suggest(@QueryParam("q") String q, @QueryParam("query") String query, @QueryParam("lang") String lang,
                          @QueryParam("format") String format) {
        Language language = language(lang);
        List<Suggestion> suggestions = search.suggest(query(q != null ? q : query), language, MAX_SUGGESTIONS);
        if ("primefaces".equals(format)) {
            return new AutoCompleteAnswer(suggestions.stream().map(s -> new AutoCompleteItem(s.title(), s.title())).toList(), false);
        }
        return suggestions.stream().map(s -> new Suggested(s.title(), Section.of(s.type()).pathOf(language, s.slug()), Section.of(s.type()).code())).toList();
    }

    private static Language language(String lang) {
        if (lang == null || lang.isBlank()) {
            return Language.SOURCE;
        }
        return Language.ofCode(lang).orElseThrow(() -> new BadRequestException("lang must be zh, ru or en"));
    }

    private static String query(String q) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY) {
            throw new BadRequestException("q may have at most " + MAX_QUERY + " characters");
        }
        return text;
    }

    private static int page(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        if (!page.matches("\\d{1,6}") || Integer.parseInt(page) < 1) {
            throw new BadRequestException("page must be a whole number from 1");
        }
        return Integer.parseInt(page);
    }

    private static void putFilter(Map<String, String> filters, String name, String value, String pattern) {
        if (value != null && !value.isBlank()) {
            if (!value.matches(pattern)) {
                throw new BadRequestException(name + " is not a valid value");
            }
            filters.put(name, value);
        }
    }

    private static SearchQuery.Order failOrder() {
        throw new BadRequestException("sort must be relevance, title or level");
    }
}
