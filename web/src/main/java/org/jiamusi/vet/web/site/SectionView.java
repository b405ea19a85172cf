package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.jiamusi.vet.cms.content.PublicItem;
import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.cms.event.Event;
import org.jiamusi.vet.cms.event.EventService;
import org.jiamusi.vet.cms.news.NewsArticle;
import org.jiamusi.vet.cms.news.NewsService;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.search.SearchPage;
import org.jiamusi.vet.search.SearchQuery;
import org.jiamusi.vet.search.SearchType;
import org.jiamusi.vet.search.SiteSearch;
import org.jiamusi.vet.search.Snippets;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code /{lang}/institutions}, {@code /experiences}, {@code /cooperation}: every item of the
 * section in the reader's collation, a page at a time; {@code /events}: the coming events, soonest
 * first, with their dates; {@code /news}: the latest news first.
 */
@Named
@RequestScoped
public class SectionView {

    static final int EVENTS_SHOWN = 100;
    static final int NEWS_SHOWN = 50;

    @Inject
    CurrentPage page;

    @Inject
    SiteSearch search;

    @Inject
    EventService events;

    @Inject
    NewsService news;

    @Inject
    HttpServletRequest request;

    private List<Entry> entries;
    private long total;

    public String getSection() {
        return page.route().section();
    }

    public List<Entry> getEntries() {
        if (entries == null) {
            load();
        }
        return entries;
    }

    public long getTotal() {
        getEntries();
        return total;
    }

    public int getPageNumber() {
        String value = request.getParameter("page");
        return value != null && value.matches("\\d{1,5}") ? Math.max(1, Integer.parseInt(value)) : 1;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    }

    public boolean isPaged() {
        return !getSection().equals("events") && !getSection().equals("news");
    }

    public String pageLink(int number) {
        return page.path("/" + getSection()) + (number > 1 ? "?page=" + number : "");
    }

    private void load() {
        Language reader = page.getLanguage();
        SearchType type = SearchType.ofSection(getSection()).orElseThrow();
        switch (getSection()) {
            case "events" -> {
                List<Event> upcoming = events.upcoming(LocalDate.now(Formats.CITY_ZONE), EVENTS_SHOWN);
                entries = upcoming.stream().map(e -> entry(type, e, reader, dates(e, reader))).toList();
                total = entries.size();
            }
            case "news" -> {
                List<NewsArticle> latest = news.latest(NEWS_SHOWN);
                entries = latest.stream().map(n -> entry(type, n, reader, Formats.date(n.getPublishedOn(), reader))).toList();
                total = entries.size();
            }
            default -> {
                SearchPage found = search.search(new SearchQuery("", reader, type, Map.of(), getPageNumber(), SearchQuery.Order.TITLE));
                entries = found.hits().stream()
                        .map(hit -> new Entry(hit.title(), hit.snippet(), page.path("/" + type.section() + "/" + hit.slug()),
                                hit.language().code(), hit.language() != reader, null))
                        .toList();
                total = found.total();
            }
        }
    }

    private static String dates(Event event, Language reader) {
        return event.getEndDate() == null || event.getEndDate().equals(event.getStartDate())
                ? Formats.date(event.getStartDate(), reader)
                : Formats.dateRange(event.getStartDate(), event.getEndDate(), reader);
    }

    private Entry entry(SearchType type, PublicItem item, Language reader, String when) {
        Map<Language, PublicText> texts = item.publicTexts();
        Language shown = reader.fallbackChain().stream().filter(texts::containsKey).findFirst().orElse(Language.SOURCE);
        PublicText text = texts.get(shown);
        return new Entry(text.title(), Snippets.of(text.summary(), "", shown), page.path("/" + type.section() + "/" + text.slug()),
                shown.code(), shown != reader, when);
    }

    /** One item of the list; {@code summary} is escaped HTML, {@code when} the dates of an event or a news article. */
    public record Entry(String title, String summary, String url, String lang, boolean fallback, String when) {
    }
}
