package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The public site over HTTP, on the provisioned WildFly with the real WAR and its seed content. */
class PublicSiteIT extends DeployedSiteTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site().addClass(DatedEventsFixture.class);
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void rootRedirectsToTheReadersLanguage() throws Exception {
        assertThat(get("/", "ru-RU,ru;q=0.9,en;q=0.8").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/ru/"));
        assertThat(get("/", "en-GB").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/en/"));
        assertThat(get("/", null).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/zh/"));
    }

    @Test
    void russianProgrammeListShowsRussianTitlesOfThePlansProgrammes() throws Exception {
        HttpResponse<String> page = get("/ru/programmes", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"ru\"", "Технология зубного протезирования", "Защита и карантин растений");
    }

    @Test
    void chineseSearchForAWordListsTheProgramme() throws Exception {
        HttpResponse<String> page = get("/zh/search?q=" + URLEncoder.encode("口腔", StandardCharsets.UTF_8), null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("口腔修复工艺", "href=\"/zh/programmes/kouqiang-xiufu-gongyi\"");
    }

    @Test
    void detailPageLinksToTheSameProgrammeInEveryLanguage() throws Exception {
        HttpResponse<String> page = get("/zh/programmes/kouqiang-xiufu-gongyi", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"zh\"",
                "hreflang=\"ru\" href=\"" + base.toString().replaceAll("/$", "") + "/ru/programmes/tekhnologiya-zubnogo-protezirovaniya\"",
                "hreflang=\"x-default\" href=\"" + base.toString().replaceAll("/$", "") + "/zh/programmes/kouqiang-xiufu-gongyi\"",
                "rel=\"canonical\" href=\"" + base.toString().replaceAll("/$", "") + "/zh/programmes/kouqiang-xiufu-gongyi\"");
    }

    @Test
    void everySectionListsItsItemsInEveryLanguage() throws Exception {
        for (String lang : new String[]{"zh", "ru", "en"}) {
            for (String section : new String[]{"programmes", "institutions", "experiences", "events", "cooperation", "news"}) {
                HttpResponse<String> page = get("/" + lang + "/" + section, null);
                assertThat(page.statusCode()).as(lang + " " + section).isEqualTo(200);
                assertThat(page.body()).as(lang + " " + section).contains("lang=\"" + lang + "\"", "href=\"/" + lang + "/" + section + "/");
            }
        }
        assertThat(get("/ru/institutions", null).body()).contains("Профессиональный колледж Цзямусы");
        assertThat(get("/en/events", null).body()).as("coming events").contains(DatedEventsFixture.COMING_EN);
    }

    @Test
    void eventAndCooperationPagesGiveTheirFacts() throws Exception {
        String events = get("/en/events", null).body();
        String eventPath = events.substring(events.indexOf("href=\"/en/events/") + 6);
        eventPath = eventPath.substring(0, eventPath.indexOf('"'));
        String event = get(eventPath, null).body();
        assertThat(event).contains("<dt>When</dt>", "<dt>Kind</dt>", "href=\"" + eventPath + ".ics\"", "Add to my calendar (.ics)");

        String list = get("/api/v1/search?q=" + URLEncoder.encode("Лу Баня", StandardCharsets.UTF_8) + "&type=cooperation&lang=ru", null).body();
        String url = list.substring(list.indexOf("\"url\":\"") + 7);
        url = url.substring(0, url.indexOf('"')).replaceFirst("^https?://[^/]+", "");
        String project = get(url, null).body();
        assertThat(project).contains("Мастерская Лу Баня", "<dt>Страна-партнёр</dt>", "Россия", "<dt>Год начала</dt>", "2022");
    }

    @Test
    void detailPagesDescribeThemselvesToSearchEnginesAndSocialSites() throws Exception {
        String programme = get("/ru/programmes/tekhnologiya-zubnogo-protezirovaniya", null).body();
        assertThat(programme).contains("<script type=\"application/ld+json\"", "\"@type\":\"EducationalOccupationalProgram\"",
                "\"name\":\"Технология зубного протезирования\"", "\"inLanguage\":\"ru\"",
                "property=\"og:title\" content=\"Технология зубного протезирования\"", "property=\"og:locale\" content=\"ru_RU\"");

        String events = get("/en/events", null).body();
        String eventPath = events.substring(events.indexOf("href=\"/en/events/") + 6);
        eventPath = eventPath.substring(0, eventPath.indexOf('"'));
        assertThat(get(eventPath, null).body()).contains("\"@type\":\"Event\"", "\"startDate\":\"");
        assertThat(get("/zh/institutions/jiamusi-zhiye-xueyuan", null).body()).contains("\"@type\":\"EducationalOrganization\"");
    }

    @Test
    void textAnswersAreCompressedForReadersWhoAcceptIt() throws Exception {
        for (String path : new String[]{"/ru/programmes", "/api/v1/search?lang=zh&q=kqxf", "/sitemap.xml"}) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                    .header("Accept-Encoding", "gzip").build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(response.body()).as(path).startsWith((byte) 0x1f, (byte) 0x8b);
        }
    }

    @Test
    void anonymousPagesCreateNoServerSession() throws Exception {
        for (String path : new String[]{"/zh/", "/ru/programmes", "/en/search?q=welding", "/ru/programmes/tekhnologiya-zubnogo-protezirovaniya"}) {
            HttpResponse<String> page = get(path, null);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
            assertThat(page.body()).as(path).doesNotContain("jsessionid");
        }
    }

    @Test
    void unknownPageAnswers404InTheReadersLanguageWithoutServerDetail() throws Exception {
        HttpResponse<String> page = get("/ru/programmes/no-such-programme", null);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Страница не найдена", "name=\"q\"").doesNotContain("Exception", "WildFly", "Undertow");
    }

    @Test
    void viewsAreNotServedUnderTheirOwnPath() throws Exception {
        for (String path : new String[] {"/views/home.xhtml", "/WEB-INF/views/home.xhtml", "/views/programmes.xhtml"}) {
            HttpResponse<String> answer = get(path, null);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("<ui:composition", "#{");
        }
    }

    @Test
    void trailingSlashRedirectsToTheOneAddressOfThePage() throws Exception {
        HttpResponse<String> page = get("/en/programmes/", null);

        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/en/programmes"));
    }

    @Test
    void anotherLanguagesSlugRedirectsToTheReadersOwn() throws Exception {
        HttpResponse<String> page = get("/ru/programmes/kouqiang-xiufu-gongyi", null);

        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/ru/programmes/tekhnologiya-zubnogo-protezirovaniya"));
    }

    @Test
    void choosingALanguageIsRemembered() throws Exception {
        HttpResponse<String> visit = get("/en/programmes", null);
        String cookie = visit.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("lang=en");

        HttpRequest again = HttpRequest.newBuilder(URI.create(base.toString()).resolve("/"))
                .header("Accept-Language", "ru-RU,ru").header("Cookie", "lang=en").build();
        assertThat(http.send(again, HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/en/"));
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
