package org.jiamusi.vet.web;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap, the iCalendar feeds and the Atom feed parse as what they claim to be, and hold the
 * published content; texts stored with control characters (before the save refused them) do not break them.
 */
class FeedsIT extends DeployedSiteTest {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** C0 controls but tab, LF and CR, DEL and C1 controls, U+FFFE and U+FFFF: neither XML 1.0 text nor RFC 5545 TEXT. */
    private static final String RFC_5545_AND_XML_CONTROLS = "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site().addClasses(LegacyControlCharactersFixture.class, DatedEventsFixture.class);
    }

    @Test
    void sitemapListsEveryLanguagesPageWithItsAlternates() throws Exception {
        Document sitemap = xml(get("/sitemap.xml", "application/xml"));

        List<String> locations = texts(sitemap.getElementsByTagNameNS(SITEMAP, "loc"));
        assertThat(locations).anyMatch(l -> l.endsWith("/ru/programmes/tekhnologiya-zubnogo-protezirovaniya"))
                .anyMatch(l -> l.contains("/en/cooperation/"))
                .anyMatch(l -> l.endsWith("/zh/institutions/jiamusi-zhiye-xueyuan"));
        NodeList alternates = sitemap.getElementsByTagNameNS(XHTML, "link");
        assertThat(alternates.getLength()).isEqualTo(locations.size() * 4);
        List<String> hreflangs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            hreflangs.add(((Element) alternates.item(i)).getAttribute("hreflang"));
        }
        assertThat(hreflangs).containsExactly("zh", "ru", "en", "x-default");
    }

    @Test
    void eventsCalendarIsValidICalendarInTheReadersLanguage() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(get("/ru/events.ics", "text/calendar")));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).isNotEmpty();
        assertThat(events).anyMatch(e -> e.getSummary().map(s -> s.getValue()).orElse("").equals(DatedEventsFixture.COMING_RU));
        assertThat(events).allMatch(e -> e.getUid().isPresent() && e.getDateTimeStart().isPresent());
    }

    @Test
    void oneEventHasItsOwnCalendarFile() throws Exception {
        Calendar all = new CalendarBuilder().build(new StringReader(get("/en/events.ics", "text/calendar")));
        VEvent first = (VEvent) all.getComponents("VEVENT").get(0);
        String page = first.getUrl().orElseThrow().getValue();
        String slug = page.substring(page.lastIndexOf('/') + 1);

        Calendar one = new CalendarBuilder().build(new StringReader(get("/en/events/" + slug + ".ics", "text/calendar")));

        assertThat(one.getComponents("VEVENT")).hasSize(1);
    }

    @Test
    void newsFeedIsAtomInTheReadersLanguage() throws Exception {
        Document feed = xml(get("/ru/news.atom", "application/atom+xml"));

        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getDocumentElement().getAttribute("xml:lang")).isEqualTo("ru");
        assertThat(feed.getElementsByTagNameNS(ATOM, "entry").getLength()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void storedControlCharactersLeaveTheAtomFeedTheSitemapAndTheCalendarWellFormed() throws Exception {
        try {
            HttpResponse<String> legacy = HttpClient.newHttpClient().send(HttpRequest.newBuilder(fixture())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(legacy.statusCode()).as(legacy.body()).isEqualTo(200);
            assertThat(Long.parseLong(legacy.body().strip())).as("control characters in the stored Russian summary").isEqualTo(2);

            String russianFeed = get("/ru/news.atom", "application/atom+xml");
            assertThat(russianFeed).doesNotContainPattern(RFC_5545_AND_XML_CONTROLS);
            Document feed = xml(russianFeed);
            Element entry = entries(feed).stream()
                    .filter(e -> e.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent().startsWith("Новость, перенесённая"))
                    .findFirst().orElseThrow();
            assertThat(entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent()).isEqualTo(LegacyControlCharactersFixture.NEWS_TITLE_RU);
            assertThat(entry.getElementsByTagNameNS(ATOM, "summary").item(0).getTextContent()).isEqualTo(LegacyControlCharactersFixture.NEWS_SUMMARY_RU);
            Document english = xml(get("/en/news.atom", "application/atom+xml"));
            assertThat(links(english)).anyMatch(href -> href.endsWith("/en/news/legacy-news"));

            String sitemapText = get("/sitemap.xml", "application/xml");
            assertThat(sitemapText).doesNotContainPattern(RFC_5545_AND_XML_CONTROLS);
            Document sitemap = xml(sitemapText);
            assertThat(texts(sitemap.getElementsByTagNameNS(SITEMAP, "loc"))).anyMatch(l -> l.endsWith("/en/news/legacy-news"));

            String ics = get("/ru/events.ics", "text/calendar");
            assertThat(ics).doesNotContainPattern(RFC_5545_AND_XML_CONTROLS);
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            List<VEvent> events = calendar.getComponents("VEVENT");
            assertThat(events).anySatisfy(e -> {
                assertThat(e.getSummary().orElseThrow().getValue()).isEqualTo(LegacyControlCharactersFixture.EVENT_TITLE_RU);
                assertThat(e.getDescription().orElseThrow().getValue()).isEqualTo("Приходите всей семьёй.");
                assertThat(e.getLocation().orElseThrow().getValue()).isEqualTo("Главный кампус");
            });
        } finally {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(fixture()).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    private URI fixture() {
        return URI.create(base.toString()).resolve("/it-fixture/legacy-control-characters");
    }

    private static List<Element> entries(Document feed) {
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    private static List<String> links(Document feed) {
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "link");
        List<String> links = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            links.add(((Element) nodes.item(i)).getAttribute("href"));
        }
        return links;
    }

    private String get(String path, String contentType) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(contentType));
        return response.body();
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
