package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.jiamusi.vet.search.ProgrammeHit;
import org.jiamusi.vet.search.ProgrammeSearch;
import org.jiamusi.vet.search.SearchResults;

import java.util.List;

/** {@code /{lang}/search?q=…}: programmes matching the reader's words in any language, shown in theirs. */
@Named
@RequestScoped
public class SearchView {

    static final int MAX_QUERY_LENGTH = 200;

    @Inject
    ProgrammeSearch search;

    @Inject
    CurrentPage page;

    @Inject
    HttpServletRequest request;

    private SearchResults<ProgrammeHit> results;

    public String getQuery() {
        String q = request.getParameter("q");
        if (q == null) {
            return "";
        }
        q = q.strip();
        return q.length() > MAX_QUERY_LENGTH ? q.substring(0, MAX_QUERY_LENGTH) : q;
    }

    public boolean isSearched() {
        return !getQuery().isEmpty();
    }

    public long getTotal() {
        return results().total();
    }

    public List<Hit> getHits() {
        return results().hits().stream()
                .map(hit -> new Hit(hit.title(), hit.summary(), hit.institution(), page.path("/programmes/" + hit.slug()),
                        hit.language().code(), hit.language() != page.getLanguage()))
                .toList();
    }

    private SearchResults<ProgrammeHit> results() {
        if (results == null) {
            results = search.search(getQuery(), page.getLanguage(), 0);
        }
        return results;
    }

    public record Hit(String title, String summary, String institution, String url, String lang, boolean fallback) {
    }
}
