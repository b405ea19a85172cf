package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jiamusi.vet.i18n.Formats;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page, the events calendar, international cooperation and the pages in the footer, over
 * HTTP on the deployed WAR with the plan's content (whose open days and sessions fall in the coming
 * weeks, counted from the day the content was loaded).
 */
class HomeEventsCooperationIT extends DeployedSiteTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"#]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site().addClass(DatedEventsFixture.class);
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void homeShowsComingEventsOpenSessionsAndFeaturedExperiencesInEveryLanguage() throws Exception {
        String[][] expected = {
                {"zh", "即将举行的活动", "校园开放日", "剩余", "牙雕：雕一颗大大的石膏牙", "初中"},
                {"ru", "Ближайшие мероприятия", "День открытых дверей колледжа", "осталось", "Резьба зуба: вырезаем большой гипсовый зуб", "средние классы"},
                {"en", "Next events", "School open day", "seats left", "Tooth Carving: Carve a Giant Plaster Tooth", "Junior middle school"},
        };
        for (String[] language : expected) {
            String lang = language[0];
            HttpResponse<String> home = get("/" + lang + "/");
            assertThat(home.statusCode()).as(lang).isEqualTo(200);
            String body = home.body();
            assertThat(body).as(lang).contains("lang=\"" + lang + "\"", language[1], language[2], language[3], language[4], language[5]);
            assertThat(section(body, "soon-list--events")).as(lang + " events").contains("href=\"/" + lang + "/events/");
            assertThat(section(body, "soon-list--sessions")).as(lang + " sessions").contains("href=\"/" + lang + "/experiences/");
            assertThat(count(body, "class=\"experience-card\"")).as(lang + " featured cards").isBetween(1, 6);
            assertThat(body).as(lang + " pictures").containsPattern("interests\\.svg\\.xhtml\\?v=[0-9a-f]+#DENTAL_TECHNOLOGY");
            assertThat(body).as(lang + " ways in").contains("/" + lang + "/experiences?interest=dental-technology",
                    "/" + lang + "/programmes?level=SECONDARY_VOCATIONAL", "/" + lang + "/cooperation");
        }
        assertThat(get("/en/").body()).contains("href=\"/ru/cooperation\" hreflang=\"ru\" lang=\"ru\"");
    }

    @Test
    void homeShowsOnlySessionsWithASeatLeftAndNoPastEvents() throws Exception {
        String body = get("/en/").body();
        Matcher seats = Pattern.compile("(\\d+) seats? left").matcher(section(body, "soon-list--sessions"));
        int shown = 0;
        while (seats.find()) {
            assertThat(Integer.parseInt(seats.group(1))).isPositive();
            shown++;
        }
        assertThat(shown).isBetween(1, 4);

        String events = section(body, "soon-list--events");
        assertThat(events).as("an event that is over").doesNotContain(DatedEventsFixture.PAST_EN);
        LocalDate today = LocalDate.now(Formats.CITY_ZONE);
        Matcher link = Pattern.compile("href=\"(/en/events/[^\"]+)\"").matcher(events);
        int listed = 0;
        while (link.find()) {
            assertThat(lastDay(get(link.group(1) + ".ics").body())).as(link.group(1)).isAfterOrEqualTo(today);
            listed++;
        }
        assertThat(listed).as("coming events on the home page").isPositive();
    }

    /** The last day of the one event of an iCalendar file: an all-day event's end is the day after it, as iCalendar counts. */
    private static LocalDate lastDay(String ics) {
        Matcher end = Pattern.compile("(?m)^DTEND([^:\\r\\n]*):(\\d{8})").matcher(ics);
        assertThat(end.find()).as("the event's end in " + ics).isTrue();
        LocalDate day = LocalDate.parse(end.group(2), DateTimeFormatter.BASIC_ISO_DATE);
        return end.group(1).contains("VALUE=DATE") ? day.minusDays(1) : day;
    }

    @Test
    void homePageStaysLightOnASlowConnection() throws Exception {
        String body = get("/zh/").body();
        Set<String> assets = new LinkedHashSet<>();
        Matcher link = Pattern.compile("(?:src|href)=\"(/jakarta\\.faces\\.resource/[^\"#]+)").matcher(body);
        while (link.find()) {
            assets.add(link.group(1).replace("&amp;", "&"));
        }
        long bytes = gzipped("/zh/");
        for (String asset : assets) {
            bytes += gzipped(asset);
        }
        assertThat(assets).anyMatch(a -> a.contains("interests.svg"));
        assertThat(bytes).as("bytes transferred for the home page and its files " + assets).isLessThan(400_000);
    }

    @Test
    void calendarShowsTheMonthAskedForWithItsEventsAndLinksToTheMonthsAround() throws Exception {
        String july = get("/en/events?month=2027-07").body();

        assertThat(july).contains("<h2 id=\"calendar-title\" class=\"calendar-title\">July 2027</h2>",
                "title=\"Monday\">Mo", "title=\"Sunday\">Su", "/en/events?month=2027-06", "/en/events?month=2027-08");
        Matcher day = Pattern.compile("<a href=\"#(event-\\d+)\">15<").matcher(july);
        assertThat(day.find()).as("15 July links to its event").isTrue();
        String entry = july.substring(july.indexOf("id=\"" + day.group(1) + "\""));
        assertThat(entry.substring(0, entry.indexOf("</li>"))).contains("World Youth Skills Day");
        // 1 July 2027 is a Thursday: three blank days open the first week
        String firstWeek = july.substring(july.indexOf("<tbody>"), july.indexOf("</tr>", july.indexOf("<tbody>")));
        assertThat(count(firstWeek, "calendar__blank")).isEqualTo(3);

        String next = july.substring(july.indexOf("/en/events?month=2027-08"));
        next = next.substring(0, next.indexOf('"')).replace("&amp;", "&");
        assertThat(get(next).body()).contains("August 2027");

        String may = get("/ru/events?month=2027-05").body();
        assertThat(may).contains("май 2027", "title=\"понедельник\">пн", "Неделя профессионального образования");
        assertThat(get("/zh/events?month=2027-05").body()).contains("2027年5月", "职业教育活动周");
    }

    @Test
    void badMonthGivesTheCurrentMonthWithANoteNotAnError() throws Exception {
        String current = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Shanghai"))).toString();
        for (String month : new String[]{"2026-13", "abc", "1850-01", "%3Cscript%3Ealert(1)%3C/script%3E", "2026-1"}) {
            HttpResponse<String> page = get("/en/events?month=" + month);
            assertThat(page.statusCode()).as(month).isEqualTo(200);
            assertThat(page.body()).as(month).contains("We could not read the month", "calendar-title", "/en/events?month=")
                    .doesNotContain("Exception", "<script>alert(1)", "Something went wrong");
        }
        assertThat(get("/ru/events?month=nope").body()).contains("Не удалось распознать месяц «nope»");
        HttpResponse<String> kind = get("/en/events?kind=nonsense");
        assertThat(kind.statusCode()).isEqualTo(200);
        assertThat(kind.body()).contains("There is no such kind of event").contains("month=" + current.substring(0, 4));
    }

    @Test
    void kindFilterKeepsOnlyThatKindInTheListAndTheCalendar() throws Exception {
        String openDays = get("/en/events?kind=school-open-day").body();
        String coming = openDays.substring(openDays.indexOf("id=\"coming-title\""));

        assertThat(coming).contains("School open day").doesNotContain("World Youth Skills Day", "Vocational Education Week");
        assertThat(openDays).contains("aria-current=\"true\">School open day</a>");
        assertThat(get("/en/events?month=2027-07&kind=school-open-day").body()).doesNotContain(">15<span");
    }

    @Test
    void russianCooperationIsGroupedByCountryRussiaFirst() throws Exception {
        HttpResponse<String> page = get("/ru/cooperation");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();

        int russia = body.indexOf("<h2 id=\"country-ru-title\">Россия</h2>");
        int germany = body.indexOf("<h2 id=\"country-de-title\">Германия</h2>");
        int japan = body.indexOf("<h2 id=\"country-jp-title\">Япония</h2>");
        assertThat(russia).isPositive();
        assertThat(germany).isGreaterThan(russia);
        assertThat(japan).isGreaterThan(russia);
        String russian = body.substring(russia, body.indexOf("</section>", russia));
        assertThat(russian).contains("Мастерские Лу Баня на Дальнем Востоке России", "Мастерская Лу Баня",
                "Китайско-российский городок профессионального образования", "Партнёр", "/ru/cooperation/");
        assertThat(russian).doesNotContain("SGAVE");
        assertThat(body.substring(germany, body.indexOf("</section>", germany))).contains("SGAVE", "Китайско-германская программа");
        assertThat(get("/zh/cooperation").body()).contains(">俄罗斯</h2>", ">德国</h2>", ">日本</h2>");
        assertThat(get("/en/cooperation").body()).contains(">Russia</h2>", ">Germany</h2>", ">Japan</h2>");
    }

    @Test
    void footerLinksThePagesWhichShowTheirHeadingsAndLists() throws Exception {
        String home = get("/ru/").body();
        String footer = home.substring(home.indexOf("<footer"));
        List<String> pages = new ArrayList<>();
        Matcher href = HREF.matcher(footer);
        while (href.find()) {
            if (href.group(1).startsWith("/ru/pages/")) {
                pages.add(href.group(1));
            }
        }
        assertThat(footer).contains("О портале", "/ru/events.ics", "/ru/news.atom", "/sitemap.xml");
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        for (String path : pages) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<h1>", "<h2>", "<p>").doesNotContain("&lt;p&gt;", "&lt;h2&gt;");
        }
        String plan = get(pages.stream().filter(p -> p.contains("plan")).findFirst().orElse(pages.get(pages.size() - 1))).body();
        assertThat(plan).contains("<ul>", "<li>");
    }

    @Test
    void headerHasAMenuButtonAndALinkStandingInForItWithoutScript() throws Exception {
        String body = get("/zh/events").body();
        assertThat(body).contains("<a class=\"menu-toggle menu-toggle--link\" href=\"#site-menu\">菜单</a>",
                "aria-controls=\"site-menu\" aria-expanded=\"false\"", "<div class=\"site-menu\" id=\"site-menu\">");
        int menu = body.indexOf("id=\"site-menu\"");
        assertThat(body.indexOf("class=\"language-switcher\"")).isGreaterThan(menu);
        assertThat(body.indexOf("role=\"search\"")).isGreaterThan(menu);
    }

    @Test
    void newPagesCreateNoServerSession() throws Exception {
        for (String path : new String[]{"/zh/", "/ru/events?month=2027-05", "/en/cooperation", "/en/events?month=bad"}) {
            HttpResponse<String> page = get(path);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
    }

    private static String section(String body, String listClass) {
        int start = body.indexOf(listClass);
        assertThat(start).as(listClass).isPositive();
        return body.substring(start, body.indexOf("</ul>", start));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private long gzipped(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).header("Accept-Encoding", "gzip").build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body().length;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
