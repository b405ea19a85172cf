package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.news.NewsArticleText;
import org.jiamusi.vet.cms.news.NewsService;
import org.jiamusi.vet.cms.news.PublishedArticle;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.search.Snippets;
import org.jiamusi.vet.web.infra.Section;

import java.util.List;

/** {@code /{lang}/news}: the latest news first, a page at a time, each with its date and summary. */
@Named
@RequestScoped
public class NewsView {

    static final int PAGE_SIZE = 20;

    @Inject
    CurrentPage page;

    @Inject
    NewsService news;

    @Inject
    HttpServletRequest request;

    private List<Entry> entries;
    private Long total;

    public List<Entry> getEntries() {
        if (entries == null) {
            Language reader = page.getLanguage();
            entries = news.page((getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE).stream().map(n -> entry(n, reader)).toList();
        }
        return entries;
    }

    public long getTotal() {
        if (total == null) {
            total = news.count();
        }
        return total;
    }

    public int getPageNumber() {
        String value = request.getParameter("page");
        return value != null && value.matches("\\d{1,5}") ? Math.max(1, Integer.parseInt(value)) : 1;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String pageLink(int number) {
        return page.path(Section.NEWS.listPath()) + (number > 1 ? "?page=" + number : "");
    }

    private Entry entry(PublishedArticle article, Language reader) {
        LocalizedText<NewsArticleText> shown = article.textFor(reader);
        NewsArticleText text = shown.text();
        return new Entry(text.getTitle(), Snippets.of(text.getSummary(), "", shown.language()), page.path(Section.NEWS.pathOf(text.getSlug())),
                shown.language().code(), shown.fallback(), Formats.date(article.publishedOn(), reader));
    }

    /** One article of the list; {@code summary} is escaped HTML, {@code when} its publication date. */
    public record Entry(String title, String summary, String url, String lang, boolean fallback, String when) {
    }
}
