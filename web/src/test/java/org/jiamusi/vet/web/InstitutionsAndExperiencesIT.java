package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The institution and career-experience pages over HTTP, on the deployed WAR with the plan's
 * content and {@link BrowseFixture}'s school, course and sessions.
 */
class InstitutionsAndExperiencesIT extends DeployedSiteTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site().addClass(BrowseFixture.class);
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void institutionsAreGroupedByDistrictInChinese() throws Exception {
        HttpResponse<String> page = get("/zh/institutions");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(group(page.body(), "dongfeng")).contains("东风区", BrowseFixture.INSTITUTION_ZH, "中等职业学校");
        assertThat(group(page.body(), "qianjin")).contains("前进区", "佳木斯职业学院").doesNotContain(BrowseFixture.INSTITUTION_ZH);
        assertThat(group(page.body(), "outside_city")).contains("佳木斯市外");
        assertThat(page.body().indexOf("id=\"district-qianjin\"")).as("town before the places outside")
                .isLessThan(page.body().indexOf("id=\"district-outside_city\""));
    }

    @Test
    void institutionsAreGroupedByDistrictInRussian() throws Exception {
        HttpResponse<String> page = get("/ru/institutions");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"ru\"");
        assertThat(group(page.body(), "dongfeng")).contains("Район Дунфэн", BrowseFixture.INSTITUTION_RU, "Средняя профессиональная школа");
        assertThat(group(page.body(), "qianjin")).contains("Район Цяньцзинь", "Профессиональный колледж Цзямусы");
    }

    @Test
    void institutionPageListsItsProgrammesCoursesAndContactAndDrawsItsMapWithoutAnyOutsideAddress() throws Exception {
        String list = get("/ru/institutions").body();
        String path = hrefOf(list, BrowseFixture.INSTITUTION_RU);
        HttpResponse<String> page = get(path);

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("<h1>" + BrowseFixture.INSTITUTION_RU + "</h1>", "Средняя профессиональная школа", "Район Дунфэн",
                BrowseFixture.PROGRAMME_RU, "Тестовая профпроба: раскрась игрушечный поезд",
                "Цзямусы, район Дунфэн, Тестовая улица, 1", "href=\"tel:+864548001234\"", "href=\"mailto:" + BrowseFixture.EMAIL + "\"",
                "https://www.test-school.example/", "46.823, 130.42", "href=\"geo:46.823,130.42\"");
        String map = body.substring(body.indexOf("<svg"), body.indexOf("</svg>"));
        assertThat(map).contains("role=\"img\"", "class=\"map-point\"", "Район Дунфэн", "Сунгари")
                .doesNotContain("href", "<image", "url(");
        assertThat(body.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).as("the page loads nothing from outside")
                .doesNotContainPattern("(src|srcset|data|poster)=\"(https?:)?//")
                .doesNotContainPattern("<link[^>]+rel=\"stylesheet\"[^>]+href=\"(https?:)?//")
                .doesNotContain("<iframe", "tile.openstreetmap", "api.map.baidu", "amap.com");
    }

    @Test
    void experiencesFilterByInterestAndGrade() throws Exception {
        HttpResponse<String> page = get("/en/experiences?interest=preschool-education&grade=primary");

        assertThat(page.statusCode()).isEqualTo(200);
        List<String> cards = cards(page.body());
        assertThat(cards).isNotEmpty().anySatisfy(card -> assertThat(card).contains(BrowseFixture.COURSE_EN));
        assertThat(cards).allSatisfy(card -> assertThat(card).contains("Preschool education", "Primary school"));
        assertThat(page.body()).contains("class=\"chip chip--active\" aria-current=\"page\"");

        List<String> seniors = cards(get("/en/experiences?interest=preschool-education&grade=senior-middle").body());
        assertThat(seniors).noneSatisfy(card -> assertThat(card).contains(BrowseFixture.COURSE_EN));
        assertThat(seniors).allSatisfy(card -> assertThat(card).contains("Senior middle school"));

        List<String> all = cards(get("/en/experiences").body());
        assertThat(all.size()).as("unfiltered lists more").isGreaterThan(cards.size());
    }

    @Test
    void anUnknownFilterValueGivesAClearPageAndNoError() throws Exception {
        for (String query : new String[]{"interest=dinosaurs", "grade=university", "interest=%3Cscript%3E&grade=", "page=abc"}) {
            HttpResponse<String> page = get("/en/experiences?" + query);
            assertThat(page.statusCode()).as(query).isEqualTo(200);
            assertThat(cards(page.body())).as(query).isNotEmpty();
            assertThat(page.body()).as(query).doesNotContain("Exception", "Internal Server Error");
        }
        assertThat(get("/en/experiences?interest=dinosaurs").body()).contains("We don't know that interest");
        assertThat(get("/ru/experiences?grade=university").body()).contains("Такой ступени школы нет");
    }

    @Test
    void experiencePageShowsTheComingSessionsWithFreeSeatsAndFull() throws Exception {
        String list = get("/en/experiences?interest=preschool-education&grade=primary").body();
        HttpResponse<String> page = get(hrefOf(list, BrowseFixture.COURSE_EN));

        assertThat(page.statusCode()).isEqualTo(200);
        String sessions = page.body().substring(page.body().indexOf("id=\"sessions\""));
        assertThat(sessions).contains(BrowseFixture.PLACE_EN, "09:00–10:00",
                (BrowseFixture.FEW_CAPACITY - BrowseFixture.FEW_BOOKED) + " free seats", BrowseFixture.FEW_CAPACITY + " seats in all",
                "badge--full\">Full</strong>");
        assertThat(sessions.indexOf("free seats")).as("the sooner session first").isLessThan(sessions.indexOf(">Full<"));
        assertThat(page.body()).contains("A wooden toy train you paint yourself.", "Primary school", "60 minutes",
                "Test career experience centre", BrowseFixture.PHONE);

        HttpResponse<String> russian = get(page.uri().getPath().replace("/en/", "/ru/"));
        assertThat(russian.statusCode()).as("the English slug under /ru/ leads to the Russian page").isEqualTo(301);
        String russianPath = russian.headers().firstValue("Location").orElseThrow();
        assertThat(get(russianPath).body()).contains("Тестовая профпроба: раскрась игрушечный поезд", "3 свободных места", "Мест нет");
    }

    @Test
    void listAndDetailPagesAreStateless() throws Exception {
        for (String path : new String[]{"/zh/institutions", "/ru/experiences?grade=primary", "/en/experiences?interest=tourism"}) {
            HttpResponse<String> page = get(path);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
            assertThat(page.body()).as(path).doesNotContain("jsessionid", "jakarta.faces.ViewState");
        }
    }

    private static String group(String body, String district) {
        int start = body.indexOf("id=\"district-" + district + "\"");
        assertThat(start).as("group " + district).isPositive();
        int end = body.indexOf("<section", start);
        return body.substring(start, end < 0 ? body.length() : end);
    }

    /** The course cards of a list page, each up to its end. */
    private static List<String> cards(String body) {
        String[] parts = body.split("<li class=\"course-card\">");
        List<String> cards = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            cards.add(parts[i].substring(0, Math.max(0, parts[i].indexOf("</li>"))));
        }
        return cards;
    }

    private static String hrefOf(String body, String linkText) {
        Matcher link = Pattern.compile("<a href=\"([^\"]+)\">" + Pattern.quote(linkText) + "</a>").matcher(body);
        assertThat(link.find()).as("a link to " + linkText).isTrue();
        return link.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
