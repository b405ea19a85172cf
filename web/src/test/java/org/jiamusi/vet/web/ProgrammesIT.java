package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiamusi.vet.web.TongjiangProgrammesFixture.*;

/**
 * The programme list's facets and sort, the comparison of up to three programmes, and the
 * through-training diagram on a programme's page, over HTTP in Chinese, Russian and English.
 */
class ProgrammesIT extends DeployedSiteTest {

    private static final String TONGJIANG_SECONDARY = "?level=" + LEVEL + "&district=" + DISTRICT;
    private static final Pattern LEVEL_TAG = Pattern.compile("ui-tag-value\">([^<]+)<");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site().addClass(TongjiangProgrammesFixture.class);
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void waitForTheFixtureInTheIndex() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!get("/en/programmes" + TONGJIANG_SECONDARY).contains("4 programmes")) {
            assertThat(System.currentTimeMillis()).as("fixture programmes indexed within a minute").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    @Test
    void levelAndCountyFacetsNarrowTheListAndCountWhatEachChoiceWouldGive() throws Exception {
        String page = get("/en/programmes" + TONGJIANG_SECONDARY);

        assertThat(cardTitles(page, "en")).containsExactlyInAnyOrder(COMMERCE_EN, TOURISM_EN, FOOD_EN, CARS_EN);
        assertThat(page).contains("aria-current=\"true\">Secondary vocational</a>", "aria-current=\"true\">Tongjiang</a>",
                "Show all programmes");
        // Another county keeps the level and counts what it would give.
        assertThat(page).containsPattern("href=\"/en/programmes\\?level=SECONDARY_VOCATIONAL&amp;district=(?!TONGJIANG)[A-Z_]+\">[^<]+</a>\\s*"
                + "<span class=\"facet__count\">\\d+</span>");
        // The pathway facet counts only Tongjiang's secondary programmes.
        assertThat(page).containsPattern("pathway=FIVE_YEAR\">Five-year integrated programme</a>\\s*<span class=\"facet__count\">1</span>");
        assertThat(page).contains("lang=\"en\">" + SCHOOL_EN + "</a>");

        String russian = get("/ru/programmes" + TONGJIANG_SECONDARY + "&pathway=THREE_PLUS_TWO");
        assertThat(cardTitles(russian, "ru")).containsExactly(COMMERCE_RU);
        assertThat(russian).contains("aria-current=\"true\">Тунцзян</a>", "1 специальность");
    }

    @Test
    void aFilterValueThatDoesNotExistIsIgnoredRatherThanFailing() throws Exception {
        HttpResponse<String> page = response("/en/programmes?level=NOT_A_LEVEL&district=%3Cscript%3E&institution=abc&sort=nonsense&page=-3");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Exception", "<script>alert").contains("class=\"cards\"");
    }

    @Test
    void titlesSortInTheReadersCollationAndTheLevelOrderPutsSecondaryVocationalFirst() throws Exception {
        assertThat(cardTitles(get("/zh/programmes?district=" + DISTRICT), "zh")).containsExactly(TOURISM_ZH, COMMERCE_ZH, FOOD_ZH, CARS_ZH);
        assertThat(cardTitles(get("/ru/programmes?district=" + DISTRICT), "ru")).containsExactly(FOOD_RU, COMMERCE_RU, TOURISM_RU, CARS_RU);
        assertThat(cardTitles(get("/en/programmes?district=" + DISTRICT), "en")).containsExactly(FOOD_EN, CARS_EN, COMMERCE_EN, TOURISM_EN);

        List<String> byTitle = levels(get("/en/programmes"));
        List<String> byLevel = levels(get("/en/programmes?sort=level"));
        List<String> ranks = List.of("Secondary vocational", "Higher vocational (three-year)", "Vocational bachelor's degree",
                "Application-oriented undergraduate");
        assertThat(byLevel).hasSameSizeAs(byTitle).isSortedAccordingTo((a, b) -> ranks.indexOf(a) - ranks.indexOf(b));
        assertThat(byTitle).as("the plan's programmes mix levels in title order").isNotEqualTo(byLevel);
        assertThat(get("/en/programmes?sort=level")).contains("aria-current=\"true\">Level</a>");
    }

    @Test
    void twoProgrammesSideBySideWithEveryRow() throws Exception {
        String page = get("/en/programmes/compare?p=" + slug("en", COMMERCE_EN) + "," + slug("en", TOURISM_EN));

        assertThat(page).contains("class=\"compare compare--2\"", ">" + COMMERCE_EN + "</a>", ">" + TOURISM_EN + "</a>");
        assertThat(page).contains("Level", "Offered by", "County or district", "Integrated pathway", "Duration", "Admission routes",
                "\"1+X\" certificates", "Where graduates work");
        assertThat(page).contains("Tongjiang", COMMERCE_CERTIFICATE_EN, TOURISM_CERTIFICATE_EN, COMMERCE_ADMISSION_EN,
                "Five-year integrated programme", "5 years", "3 years", "online shop managers", "tour guides");
        assertThat(page).containsPattern("href=\"/en/institutions/[a-z0-9-]+\">" + SCHOOL_EN + "</a>");
        assertThat(count(page, "<th scope=\"col\">")).isEqualTo(2);
        assertThat(count(page, "<th scope=\"row\">")).isEqualTo(8);
    }

    @Test
    void threeProgrammesSideBySideAndMissingFactsAreSaidToBeMissing() throws Exception {
        String page = get("/en/programmes/compare?p=" + slug("en", COMMERCE_EN) + "," + slug("en", FOOD_EN) + "," + slug("en", CARS_EN));

        assertThat(page).contains("class=\"compare compare--3\"", "3 programmes side by side", "Not given yet", "No integrated pathway",
                "Secondary → higher vocational → bachelor's");
        assertThat(count(page, "<th scope=\"col\">")).isEqualTo(3);
        assertThat(page).as("three is the most: the list link changes them rather than adding")
                .contains("Change the programmes you compare").doesNotContain("Add another programme from the list");
    }

    @Test
    void aFourthProgrammeIsLeftOutWithAClearMessage() throws Exception {
        HttpResponse<String> page = response("/en/programmes/compare?p=" + slug("en", COMMERCE_EN) + "," + slug("en", TOURISM_EN)
                + "&p=" + slug("en", FOOD_EN) + "&p=" + slug("en", CARS_EN));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("You can compare up to 3 programmes at a time, so these were left out:", "role=\"alert\"");
        assertThat(count(page.body(), "<th scope=\"col\">")).isEqualTo(3);
        String notice = page.body().substring(page.body().indexOf("compare-notice"), page.body().indexOf("</div>", page.body().indexOf("compare-notice")));
        assertThat(notice).contains(CARS_EN).doesNotContain(COMMERCE_EN);

        String russian = get("/ru/programmes/compare?p=" + String.join(",", slug("ru", COMMERCE_RU), slug("ru", TOURISM_RU),
                slug("ru", FOOD_RU), slug("ru", CARS_RU)));
        assertThat(russian).contains("Одновременно можно сравнить не более 3 специальностей");
    }

    @Test
    void anUnknownOrMalformedProgrammeIsNamedAndTheRestCompared() throws Exception {
        HttpResponse<String> page = response("/en/programmes/compare?p=" + slug("en", COMMERCE_EN) + ",no-such-programme,%3Cscript%3Ex");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("These programmes could not be found", "<code>no-such-programme</code>", "&lt;script&gt;x")
                .doesNotContain("<script>x", "Exception");
        assertThat(count(page.body(), "<th scope=\"col\">")).isEqualTo(1);

        String nothing = get("/zh/programmes/compare");
        assertThat(nothing).contains("还没有要对比的专业").doesNotContain("<table");
    }

    @Test
    void theListIsAFormOfCheckboxesThatRemembersTheProgrammesAlreadyPicked() throws Exception {
        String commerce = slug("en", COMMERCE_EN);
        String page = get("/en/programmes" + TONGJIANG_SECONDARY + "&p=" + commerce);

        assertThat(page).contains("<form class=\"compare-form\" action=\"/en/programmes/compare\" method=\"get\">");
        assertThat(page).containsPattern("<input type=\"checkbox\" name=\"p\" value=\"" + commerce + "\" checked=\"checked\"");
        assertThat(page).containsPattern("<input type=\"checkbox\" name=\"p\" value=\"" + slug("en", TOURISM_EN) + "\" />|"
                + "<input type=\"checkbox\" name=\"p\" value=\"" + slug("en", TOURISM_EN) + "\"/>");
        assertThat(page).as("facet links keep the pick").containsPattern("href=\"/en/programmes\\?[^\"]*pathway=FIVE_YEAR&amp;p=" + commerce + "\"");
        // Picked on another page of results: carried as a hidden field.
        assertThat(get("/en/programmes?level=HIGHER_VOCATIONAL&p=" + commerce))
                .contains("<input type=\"hidden\" name=\"p\" value=\"" + commerce + "\"");
    }

    @Test
    void aComparisonReadsAnyLanguagesSlugsAndLinksToItselfInEveryLanguage() throws Exception {
        String page = get("/ru/programmes/compare?p=" + slug("en", COMMERCE_EN) + "," + slug("zh", TOURISM_ZH));

        assertThat(page).contains("lang=\"ru\"", ">" + COMMERCE_RU + "</a>", ">" + TOURISM_RU + "</a>", "Сквозная программа");
        assertThat(page).contains("hreflang=\"zh\" href=\"" + base.toString().replaceAll("/$", "") + "/zh/programmes/compare?p="
                + slug("zh", COMMERCE_ZH) + "," + slug("zh", TOURISM_ZH) + "\"");
    }

    @Test
    void theDetailPageDrawsTheThroughTrainingRoutesWithItsOwnHighlightedInEveryLanguage() throws Exception {
        Map<String, String[]> expected = Map.of(
                "zh", new String[]{COMMERCE_ZH, "从中职到本科的贯通培养路径", "“3+2”中高职贯通", "本专业的路径：先读三年中职，再读两年高职", SCHOOL_ZH, "1+X跨境电商"},
                "ru", new String[]{COMMERCE_RU, "Сквозные программы: от СПО до бакалавриата", "«3+2»: 3 года + 2 года",
                        "Путь этой специальности: 3 года в средней профессиональной школе", SCHOOL_RU, "Сертификат «1+X»"},
                "en", new String[]{COMMERCE_EN, "Through-training routes from secondary vocational school to a bachelor's degree",
                        "\"3+2\": 3 years + 2 years", "This programme's route: three years at a secondary vocational school", SCHOOL_EN,
                        COMMERCE_CERTIFICATE_EN});
        for (Map.Entry<String, String[]> language : expected.entrySet()) {
            String lang = language.getKey();
            String[] words = language.getValue();
            String page = get("/" + lang + "/programmes/" + slug(lang, words[0]));
            String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>") + 6);

            assertThat(svg).as(lang).contains("role=\"img\"", "aria-labelledby=\"pathway-title\"", "aria-describedby=\"pathway-desc\"",
                    "<title id=\"pathway-title\">" + escape(words[1]) + "</title>", "<desc id=\"pathway-desc\">");
            assertThat(count(svg, "pathway__route--current")).as(lang + ": one route highlighted").isEqualTo(1);
            String current = svg.substring(svg.indexOf("pathway__route--current"));
            current = current.substring(0, current.indexOf("</g>"));
            assertThat(current).as(lang).contains(escape(words[2]));
            assertThat(count(svg, "pathway__stage--current")).as(lang + ": its level marked").isEqualTo(1);
            assertThat(count(svg, "class=\"pathway__route")).as(lang + ": four routes drawn").isEqualTo(4);
            assertThat(svg).as(lang + ": no external resources").doesNotContain("href=", "src=", "<image", "<use", "url(http");
            assertThat(page).as(lang).contains("<figcaption", escape(words[3]));
            assertThat(page).as(lang).containsPattern("href=\"/" + lang + "/institutions/[a-z0-9-]+\">" + escape(words[4]) + "</a>");
            assertThat(page).as(lang).contains(escape(words[5]));
        }
        String english = get("/en/programmes/" + slug("en", COMMERCE_EN));
        assertThat(english).contains("Admission routes", COMMERCE_ADMISSION_EN, "Honours", COMMERCE_HONOURS_EN,
                "Provincial model secondary vocational school", "Tongjiang", "Compare with other programmes");
    }

    @Test
    void aProgrammeOnNoRouteStillShowsTheRoutesAndSaysSo() throws Exception {
        String page = get("/en/programmes/" + slug("en", CARS_EN));
        String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));

        assertThat(svg).doesNotContain("pathway__route--current").contains("pathway__stage--current");
        assertThat(page).contains("This programme is not part of a through-training route",
                "Highlighted stage: this programme's level, Secondary vocational.");
    }

    @Test
    void filteredListsComparisonsAndPathwayPagesCreateNoServerSession() throws Exception {
        for (String path : List.of("/zh/programmes" + TONGJIANG_SECONDARY + "&sort=level", "/ru/programmes/compare?p=" + slug("ru", COMMERCE_RU),
                "/en/programmes/" + slug("en", TOURISM_EN))) {
            HttpResponse<String> page = response(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
            assertThat(page.body()).as(path).doesNotContain("jsessionid", "jakarta.faces.ViewState");
        }
    }

    /** The reader's slug of a fixture programme, read from the list as a reader would follow it. */
    private String slug(String lang, String title) throws Exception {
        Matcher matcher = Pattern.compile("href=\"/" + lang + "/programmes/([a-z0-9-]+)\">" + Pattern.quote(escape(title)) + "</a>")
                .matcher(get("/" + lang + "/programmes?district=" + DISTRICT));
        assertThat(matcher.find()).as("%s in the %s list", title, lang).isTrue();
        return matcher.group(1);
    }

    private static List<String> cardTitles(String page, String lang) {
        List<String> titles = new ArrayList<>();
        Matcher matcher = Pattern.compile("<h2 class=\"programme-card__title\"[^>]*>\\s*<a href=\"/" + lang + "/programmes/[a-z0-9-]+\">([^<]+)</a>")
                .matcher(page);
        while (matcher.find()) {
            titles.add(matcher.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
        }
        return titles;
    }

    private static List<String> levels(String page) {
        List<String> levels = new ArrayList<>();
        Matcher matcher = LEVEL_TAG.matcher(page);
        while (matcher.find()) {
            levels.add(matcher.group(1).replace("&#39;", "'"));
        }
        return levels;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    /** Text as Faces writes it into an element (quotes are left as they are). */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = response(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> response(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
