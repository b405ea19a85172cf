package org.jiamusi.vet.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON search API over HTTP, on the seeded site. */
class SearchApiIT extends DeployedSiteTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kqxf", "kouqiang", "kou qiang", "口腔修复"})
    void pinyinInitialsAndChineseFindTheDentalProsthesisProgrammeFirst(String query) throws Exception {
        JsonObject page = object(get("/api/v1/search?lang=zh&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), 200));

        JsonObject first = page.getJsonArray("results").getJsonObject(0);
        assertThat(first.getString("title")).isEqualTo("口腔修复工艺");
        assertThat(first.getString("type")).isEqualTo("programme");
        assertThat(first.getString("url")).isEqualTo("/zh/programmes/kouqiang-xiufu-gongyi");
        assertThat(page.getJsonNumber("total").longValue()).isPositive();
    }

    @Test
    void theSameItemHasTheSameIdInEveryLanguage() throws Exception {
        long inChinese = object(get("/api/v1/search?lang=zh&q=kqxf", 200)).getJsonArray("results").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject inRussian = object(get("/api/v1/search?lang=ru&q=kqxf", 200)).getJsonArray("results").getJsonObject(0);

        assertThat(inRussian.getJsonNumber("id").longValue()).isEqualTo(inChinese);
        assertThat(inRussian.getString("url")).startsWith("/ru/programmes/");
    }

    @Test
    void emptyQueryBrowsesATypeWithItsFacets() throws Exception {
        JsonObject page = object(get("/api/v1/search?lang=en&type=programme", 200));

        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(8);
        assertThat(page.getJsonObject("facets").getJsonObject("level").keySet()).contains("HIGHER_VOCATIONAL", "SECONDARY_VOCATIONAL");
        assertThat(page.getJsonObject("facets").getJsonObject("cluster").getJsonNumber("智能装备制造专业群").longValue()).isEqualTo(2);
        assertThat(page.getJsonObject("facets").getJsonObject("district").keySet()).isNotEmpty();

        JsonObject cluster = object(get("/api/v1/search?lang=en&type=programme&cluster="
                + URLEncoder.encode("智能装备制造专业群", StandardCharsets.UTF_8), 200));
        assertThat(cluster.getJsonNumber("total").longValue()).isEqualTo(2);
        assertThat(cluster.getJsonObject("facets").getJsonObject("level").values()).isNotEmpty();
    }

    @Test
    void suggestionsAnswerWhileTyping() throws Exception {
        JsonArray suggestions = Json.createReader(new StringReader(get("/api/v1/suggest?lang=zh&q=kou", 200))).readArray();

        assertThat(suggestions).isNotEmpty();
        assertThat(suggestions.getValuesAs(JsonObject.class)).anyMatch(s -> s.getString("title").equals("口腔修复工艺"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lang=xx&q=a", "lang=zh&page=0", "lang=zh&page=abc", "lang=zh&type=course", "lang=zh&level=HIGHER_VOCATIONAL",
            "lang=zh&type=programme&sort=random"})
    void badParametersGet400WithAMessageNeverA500(String parameters) throws Exception {
        JsonObject error = object(get("/api/v1/search?" + parameters, 400));

        assertThat(error.getString("error")).isNotBlank();
    }

    private String get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(expectedStatus);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/json"));
        return response.body();
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
