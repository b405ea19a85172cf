package org.jiamusi.vet.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open-data API over HTTP on the seeded site: lists and items of every type in every language,
 * paging, language fallback, published content only, and JSON errors for bad parameters and
 * unknown items.
 */
@ExtendWith(ArquillianExtension.class)
class OpenDataApiIT {

    private static final Actor EDITOR = new Actor("editor.api", Set.of(Role.EDITOR), null, Set.of(), "127.0.0.1");
    private static final Actor REVIEWER = new Actor("reviewer.api", Set.of(Role.REVIEWER), null, Set.of(), "127.0.0.1");

    @Deployment
    static WebArchive deployment() {
        return Deployments.site().addClass(OpenDataApiIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    ContentService content;

    @ParameterizedTest
    @CsvSource({"programmes,zh", "programmes,ru", "programmes,en", "institutions,zh", "institutions,ru", "institutions,en",
            "experiences,zh", "experiences,ru", "experiences,en", "events,zh", "events,ru", "events,en",
            "cooperation,zh", "cooperation,ru", "cooperation,en"})
    @RunAsClient
    void everyListAnswersInEveryLanguageAndEachItemByIdAndBySlug(String section, String lang) throws Exception {
        JsonObject page = object(get("/api/v1/" + section + "?lang=" + lang, 200));

        assertEquals(lang, page.getString("lang"));
        assertEquals(1, page.getInt("page"));
        assertEquals(20, page.getInt("size"));
        assertTrue(page.getJsonNumber("total").longValue() > 0, section);
        assertEquals("/api/v1/" + section + "?lang=" + lang + "&page=1&size=20", page.getJsonObject("links").getString("self"));
        assertTrue(page.getJsonObject("links").isNull("prev"));
        JsonObject first = page.getJsonArray("items").getJsonObject(0);
        assertEquals(lang, first.getString("lang"), "the plan's content is translated: no fallback");
        assertFalse(first.getBoolean("fallback"));
        assertTrue(first.getString("url").startsWith("/" + lang + "/" + section + "/"), first.getString("url"));

        long id = first.getJsonNumber("id").longValue();
        JsonObject byId = object(get("/api/v1/" + section + "/" + id + "?lang=" + lang, 200));
        JsonObject bySlug = object(get("/api/v1/" + section + "/" + first.getString("slug") + "?lang=" + lang, 200));
        assertEquals(first, byId);
        assertEquals(first, bySlug);
    }

    @Test
    @RunAsClient
    void factsAreCodesIsoDatesAndNumbers() throws Exception {
        JsonObject dental = object(get("/api/v1/programmes/kouqiang-xiufu-gongyi?lang=zh", 200));
        assertEquals("口腔修复工艺", dental.getString("title"));
        assertTrue(dental.getString("level").matches("[A-Z_]+"));

        JsonObject institutions = object(get("/api/v1/institutions?size=100&lang=ru", 200));
        assertTrue(institutions.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.get("latitude").getValueType() == JsonValue.ValueType.NUMBER
                        && i.getJsonNumber("latitude").doubleValue() > 45 && i.getJsonNumber("longitude").doubleValue() > 129));

        JsonObject experiences = object(get("/api/v1/experiences?size=100&lang=en", 200));
        List<JsonObject> sessions = experiences.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .flatMap(e -> e.getJsonArray("sessions").getValuesAs(JsonObject.class).stream()).toList();
        assertFalse(sessions.isEmpty(), "the seeded courses have sessions");
        assertTrue(sessions.stream().allMatch(s -> s.getString("date").matches("\\d{4}-\\d{2}-\\d{2}")
                && s.getString("startTime").matches("\\d{2}:\\d{2}") && s.getInt("capacity") > 0));

        JsonObject events = object(get("/api/v1/events?size=100&lang=en", 200));
        List<String> starts = events.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(e -> e.getString("startDate")).toList();
        assertEquals(starts.stream().sorted().toList(), starts, "events come by their first day");
    }

    @Test
    @RunAsClient
    void followingNextLinksWalksTheWholeListOnce() throws Exception {
        List<Long> seen = new ArrayList<>();
        String link = "/api/v1/programmes?lang=ru&size=3";
        JsonObject page = null;
        while (link != null) {
            page = object(get(link, 200));
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(item -> seen.add(item.getJsonNumber("id").longValue()));
            if (page.getInt("page") == 2) {
                assertEquals("/api/v1/programmes?lang=ru&page=1&size=3", page.getJsonObject("links").getString("prev"));
            }
            link = page.getJsonObject("links").isNull("next") ? null : page.getJsonObject("links").getString("next");
        }
        assertNotNull(page);
        assertEquals(page.getJsonNumber("total").longValue(), seen.size());
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no item on two pages");
        assertEquals(page.getInt("pages"), page.getInt("page"));
        assertTrue(page.getInt("pages") > 2);

        JsonObject beyond = object(get("/api/v1/programmes?lang=ru&size=3&page=999", 200));
        assertEquals(0, beyond.getJsonArray("items").size());
        assertTrue(beyond.getJsonObject("links").isNull("next"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"programmes?lang=xx", "programmes?size=101", "programmes?size=0", "programmes?page=0",
            "events?page=abc", "institutions?size=-1", "experiences/Bad_Slug", "cooperation/slug%20with%20space"})
    @RunAsClient
    void badParametersGet400WithAClearMessage(String request) throws Exception {
        JsonObject error = object(get("/api/v1/" + request, 400));

        assertFalse(error.getString("error").isBlank());
        assertFalse(error.getString("error").contains("Exception"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"programmes/999999999", "institutions/no-such-school", "experiences/424242424242", "events/no-such-day",
            "cooperation/no-such-project"})
    @RunAsClient
    void unknownItemsGet404InJson(String request) throws Exception {
        JsonObject error = object(get("/api/v1/" + request + "?lang=en", 404));

        assertTrue(error.getString("error").startsWith("no published "), error.getString("error"));
    }

    /** In the server: a programme written in Chinese only, and its life from draft to archive. */
    @Test
    void onlyPublishedItemsAnswerAndAMissingTranslationIsMarkedAsAFallback() throws Exception {
        ContentItem item = content.create(EDITOR, ContentType.PROGRAMME, "api-chinese-only", null, true,
                new ContentDraft(Map.of("level", "SECONDARY_VOCATIONAL", "durationYears", "3"),
                        Map.of(Language.ZH, Map.of("title", "林下经济作物种植", "summary", "培养林下种植与采集人才。"))), "created");
        String byId = "/api/v1/programmes/" + item.getId();
        get(byId + "?lang=ru", 404);

        content.submitForReview(EDITOR, item.getId());
        content.publish(REVIEWER, item.getId());
        for (String lang : List.of("ru", "en")) {
            JsonObject programme = object(get(byId + "?lang=" + lang, 200));
            assertEquals("zh", programme.getString("lang"));
            assertTrue(programme.getBoolean("fallback"));
            assertEquals("林下经济作物种植", programme.getString("title"));
            assertTrue(programme.getString("url").startsWith("/" + lang + "/programmes/"));
            assertEquals(item.getId(), object(get("/api/v1/programmes/" + programme.getString("slug") + "?lang=" + lang, 200))
                    .getJsonNumber("id").longValue());
        }

        content.archive(REVIEWER, item.getId());
        get(byId + "?lang=zh", 404);
    }

    private String get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("application/json"), path);
        return response.body();
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
