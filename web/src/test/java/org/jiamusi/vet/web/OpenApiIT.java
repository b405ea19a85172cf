package org.jiamusi.vet.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jiamusi.vet.cms.cooperation.CooperationKind;
import org.jiamusi.vet.cms.event.EventKind;
import org.jiamusi.vet.cms.experience.InterestArea;
import org.jiamusi.vet.cms.institution.District;
import org.jiamusi.vet.cms.institution.InstitutionKind;
import org.jiamusi.vet.cms.programme.Level;
import org.jiamusi.vet.cms.programme.Pathway;
import org.jiamusi.vet.web.api.ApiApplication;
import org.jiamusi.vet.web.api.OpenApiResource;
import org.jiamusi.vet.web.api.OpenDataResource;
import org.jiamusi.vet.web.api.SearchResource;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document cannot drift from the API: every path the resources answer is in it and
 * nothing else is, its codes are the Java enums, and every answer of every endpoint, in every
 * language, with errors too, has only described fields of the described types.
 */
class OpenApiIT extends DeployedSiteTest {

    private static final List<Class<?>> RESOURCES = List.of(SearchResource.class, OpenDataResource.class, OpenApiResource.class);
    private static final List<String> SECTIONS = List.of("programmes", "institutions", "experiences", "events", "cooperation");
    private static final Map<String, Class<? extends Enum<?>>> CODES = Map.of(
            "Level", Level.class, "Pathway", Pathway.class, "District", District.class, "InstitutionKind", InstitutionKind.class,
            "InterestArea", InterestArea.class, "EventKind", EventKind.class, "CooperationKind", CooperationKind.class);

    private static final Pattern NAMED_CHOICE = Pattern.compile("\\{\\w+:\\s*([a-z]+(?:\\|[a-z]+)+)\\s*}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site();
    }

    @Test
    void theDocumentIsOpenApi31AndDescribesExactlyThePathsTheResourcesAnswer() throws Exception {
        JsonObject document = object(get("/api/v1/openapi.json", 200));

        assertThat(document.getString("openapi")).isEqualTo("3.1.0");
        assertThat(new TreeSet<>(document.getJsonObject("paths").keySet())).isEqualTo(pathsInCode());
    }

    @Test
    void everyCodeTheDocumentListsIsTheJavaEnum() throws Exception {
        OpenApiDocument document = new OpenApiDocument(object(get("/api/v1/openapi.json", 200)));

        CODES.forEach((schema, codes) -> assertThat(document.schema(schema).getJsonArray("enum").getValuesAs(jakarta.json.JsonString.class))
                .as(schema)
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly(Arrays.stream(codes.getEnumConstants()).map(Enum::name).toArray(String[]::new)));
    }

    @Test
    void everyFieldOfEveryAnswerInEveryLanguageIsDescribed() throws Exception {
        OpenApiDocument document = new OpenApiDocument(object(get("/api/v1/openapi.json", 200)));
        List<String> problems = new ArrayList<>();
        int answers = 0;
        for (String lang : List.of("zh", "ru", "en")) {
            for (String section : SECTIONS) {
                JsonObject page = object(get("/api/v1/" + section + "?size=100&lang=" + lang, 200));
                problems.addAll(document.violations(page, document.responseSchema("/api/v1/" + section, 200), section + "?lang=" + lang));
                assertThat(page.getJsonArray("items")).as(section).isNotEmpty();
                for (JsonValue item : page.getJsonArray("items")) {
                    long id = item.asJsonObject().getJsonNumber("id").longValue();
                    JsonObject one = object(get("/api/v1/" + section + "/" + id + "?lang=" + lang, 200));
                    problems.addAll(document.violations(one, document.responseSchema("/api/v1/" + section + "/{key}", 200), section + "/" + id));
                    answers++;
                }
            }
            problems.addAll(document.violations(object(get("/api/v1/search?lang=" + lang + "&q=kouqiang", 200)),
                    document.responseSchema("/api/v1/search", 200), "search"));
            problems.addAll(document.violations(json(get("/api/v1/suggest?lang=" + lang + "&q=kou", 200)),
                    document.responseSchema("/api/v1/suggest", 200), "suggest"));
            problems.addAll(document.violations(json(get("/api/v1/suggest?lang=" + lang + "&q=kou&format=primefaces", 200)),
                    document.responseSchema("/api/v1/suggest", 200), "suggest primefaces"));
        }
        for (String section : SECTIONS) {
            problems.addAll(document.violations(object(get("/api/v1/" + section + "?size=0", 400)),
                    document.responseSchema("/api/v1/" + section, 400), section + " 400"));
            problems.addAll(document.violations(object(get("/api/v1/" + section + "/999999999", 404)),
                    document.responseSchema("/api/v1/" + section + "/{key}", 404), section + " 404"));
            problems.addAll(document.violations(object(get("/api/v1/" + section + "/Not_A_Slug", 400)),
                    document.responseSchema("/api/v1/" + section + "/{key}", 400), section + " 400"));
        }
        problems.addAll(document.violations(object(get("/api/v1/search?lang=xx", 400)), document.responseSchema("/api/v1/search", 400), "search 400"));

        assertThat(answers).isGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    /**
     * Every GET the resources declare, as the document writes paths: {@code /api/v1/programmes/{key}}.
     * A segment that is a choice of names, {@code {section: programmes|events}}, stands for a path per name.
     */
    private static Set<String> pathsInCode() {
        String application = ApiApplication.class.getAnnotation(ApplicationPath.class).value();
        Set<String> paths = new TreeSet<>();
        for (Class<?> resource : RESOURCES) {
            String root = application + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(GET.class)) {
                    Path path = method.getAnnotation(Path.class);
                    paths.addAll(namedChoices(root + (path == null ? "" : path.value())));
                }
            }
        }
        return paths;
    }

    private static List<String> namedChoices(String template) {
        Matcher choice = NAMED_CHOICE.matcher(template);
        if (!choice.find()) {
            return List.of(template.replaceAll("\\{(\\w+):[^}]*}", "{$1}"));
        }
        return Arrays.stream(choice.group(1).split("\\|"))
                .flatMap(name -> namedChoices(template.substring(0, choice.start()) + name + template.substring(choice.end())).stream())
                .toList();
    }

    private String get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(expectedStatus);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type -> assertThat(type).contains("application/json"));
        return response.body();
    }

    private static JsonObject object(String json) {
        return json(json).asJsonObject();
    }

    private static JsonValue json(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
