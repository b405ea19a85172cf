package org.jiamusi.vet.web;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTP caching in the server: pages, feeds and API answers carry an ETag and revalidate to 304, a
 * publication changes them, search answers are never validated, versioned resources are cached for
 * a year, and none of it creates a session.
 */
@ExtendWith(ArquillianExtension.class)
class HttpCachingIT {

    private static final Actor EDITOR = new Actor("editor.cache", Set.of(Role.EDITOR), null, Set.of(), "127.0.0.1");
    private static final Actor REVIEWER = new Actor("reviewer.cache", Set.of(Role.REVIEWER), null, Set.of(), "127.0.0.1");
    private static final List<String> VALIDATED = List.of("/zh/", "/ru/programmes", "/ru/programmes/tekhnologiya-zubnogo-protezirovaniya",
            "/ru/institutions", "/en/events", "/zh/events.ics", "/ru/news.atom", "/sitemap.xml",
            "/api/v1/programmes?lang=en", "/api/v1/programmes/kouqiang-xiufu-gongyi?lang=zh", "/api/v1/openapi.json");
    private static final Pattern FACES_RESOURCE = Pattern.compile("(?:href|src)=\"([^\"]*jakarta\\.faces\\.resource/[^\"]*)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.site().addClass(HttpCachingIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    ContentService content;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesFeedsAndApiAnswersRevalidateTo304WithoutASession() throws Exception {
        for (String path : VALIDATED) {
            HttpResponse<String> first = settled(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertTrue(etag.startsWith("W/\""), path);
            assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(""), path);

            HttpResponse<String> again = get(path, Map.of("If-None-Match", etag));
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body(), path);
            assertEquals(etag, again.headers().firstValue("ETag").orElse(""), path);
            for (HttpResponse<String> response : List.of(first, again)) {
                assertFalse(response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")), path);
            }
        }
        assertNotEquals(settled("/ru/programmes").headers().firstValue("ETag"), settled("/ru/programmes?page=2").headers().firstValue("ETag"));
        assertNotEquals(settled("/ru/programmes").headers().firstValue("ETag"), settled("/en/programmes").headers().firstValue("ETag"));
        assertEquals(200, get("/ru/programmes", Map.of("If-None-Match", "W/\"outdated\"")).statusCode());
    }

    @Test
    void aPublicationChangesThePagesAndTheApiAtOnce() throws Exception {
        String page = "/en/programmes";
        String api = "/api/v1/programmes?lang=en&size=100";
        String pageTag = settled(page).headers().firstValue("ETag").orElseThrow();
        String apiTag = settled(api).headers().firstValue("ETag").orElseThrow();

        ContentItem item = content.create(EDITOR, ContentType.PROGRAMME, "cache-new-programme", null, true,
                new ContentDraft(Map.of("level", "HIGHER_VOCATIONAL", "durationYears", "3"),
                        Map.of(Language.ZH, Map.of("title", "冰雪旅游服务与管理"),
                                Language.EN, Map.of("title", "Ice and snow tourism services"))), "created");
        content.submitForReview(EDITOR, item.getId());
        content.publish(REVIEWER, item.getId());

        HttpResponse<String> apiAfter = get(api, Map.of("If-None-Match", apiTag));
        assertEquals(200, apiAfter.statusCode(), "published: the old copy is no longer valid");
        assertTrue(apiAfter.body().contains("Ice and snow tourism services"));
        assertEquals(200, get(page, Map.of("If-None-Match", pageTag)).statusCode());

        HttpResponse<String> pageSettled = settled(page);
        assertNotEquals(pageTag, pageSettled.headers().firstValue("ETag").orElseThrow());
        assertNotEquals(apiTag, settled(api).headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void searchAnswersAreNeverValidatedAsSynonymsChangeThemWithoutAPublication() throws Exception {
        settled("/zh/");
        for (String path : List.of("/zh/search?q=kouqiang", "/api/v1/search?lang=zh&q=kouqiang", "/api/v1/suggest?lang=zh&q=kou")) {
            HttpResponse<String> response = get(path, Map.of());
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().firstValue("ETag").isEmpty(), path);
            assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElse(""), path);
        }
    }

    @Test
    void everyStyleAndScriptOfAPageIsVersionedAndCachedForAYear() throws Exception {
        String html = get("/ru/", Map.of()).body();
        Matcher matcher = FACES_RESOURCE.matcher(html);
        int resources = 0;
        boolean ownStyle = false;
        while (matcher.find()) {
            String url = matcher.group(1).replace("&amp;", "&");
            assertTrue(url.matches(".*[?&]v=[^&]+.*"), url);
            ownStyle |= url.matches(".*/css/site\\.css\\.xhtml\\?v=[0-9a-f]{12}");
            HttpResponse<String> resource = get(url, Map.of());
            assertEquals(200, resource.statusCode(), url);
            assertEquals("public, max-age=31536000, immutable", resource.headers().firstValue("Cache-Control").orElse(""), url);
            assertTrue(resource.headers().firstValue("Expires").isEmpty(), url);
            resources++;
        }
        assertTrue(ownStyle, "site.css carries a fingerprint of its content");
        assertTrue(resources >= 3, "PrimeFaces' and our styles and scripts");
    }

    /** Waits until every publication is indexed and settled (the seeds are loaded at start), then answers. */
    private HttpResponse<String> settled(String path) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            HttpResponse<String> response = get(path, Map.of());
            assertEquals(200, response.statusCode(), path);
            if (response.headers().firstValue("ETag").isPresent() || Instant.now().isAfter(deadline)) {
                assertTrue(response.headers().firstValue("ETag").isPresent(), path + " never got an ETag");
                return response;
            }
            Thread.sleep(500);
        }
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
