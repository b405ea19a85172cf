package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.jiamusi.vet.search.SearchPage;
import org.jiamusi.vet.search.SearchQuery;
import org.jiamusi.vet.search.SearchType;
import org.jiamusi.vet.web.infra.Section;
import org.jiamusi.vet.search.SiteSearch;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /{lang}/search?q=…&type=…}: items matching the reader's words in any language, shown in
 * theirs, with the matched words marked, and a notice when the search engine was unreachable.
 */
@Named
@RequestScoped
public class SearchView {

    static final int MAX_QUERY_LENGTH = 200;

    @Inject
    SiteSearch search;

    @Inject
    CurrentPage page;

    @Inject
    HttpServletRequest request;

    private SearchPage results;

    /** The words, from the search box ({@code q}) or its autocomplete input ({@code q_input}). */
    public String getQuery() {
        String q = request.getParameter("q");
        if (q == null) {
            q = request.getParameter("q_input");
        }
        if (q == null) {
            return "";
        }
        q = q.strip();
        return q.length() > MAX_QUERY_LENGTH ? q.substring(0, MAX_QUERY_LENGTH) : q;
    }

    public String getType() {
        return Section.ofCode(request.getParameter("type")).map(Section::code).orElse("");
    }

    private SearchType getSearchType() {
        return Section.ofCode(request.getParameter("type")).map(Section::searchType).orElse(null);
    }

    public List<String> getTypes() {
        return Arrays.stream(Section.values()).map(Section::code).toList();
    }

    public boolean isSearched() {
        return !getQuery().isEmpty();
    }

    public long getTotal() {
        return results().total();
    }

    public boolean isFallback() {
        return results().fallback();
    }

    public List<Hit> getHits() {
        return results().hits().stream()
                .map(hit -> new Hit(Section.of(hit.type()).code(), hit.title(), hit.snippet(),
                        page.path(Section.of(hit.type()).pathOf(hit.slug())),
                        hit.language().code(), hit.language() != page.getLanguage()))
                .toList();
    }

    private SearchPage results() {
        if (results == null) {
            results = isSearched()
                    ? search.search(new SearchQuery(getQuery(), page.getLanguage(), getSearchType(), Map.of(), 1, SearchQuery.Order.RELEVANCE))
                    : new SearchPage(0, List.of(), Map.of(), false);
        }
        return results;
    }

    /** One result as the page shows it; {@code snippet} is escaped HTML with the matched words in {@code <mark>}. */
    public record Hit(String type, String title, String snippet, String url, String lang, boolean fallback) {
    }
}
