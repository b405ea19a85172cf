package org.jiamusi.vet.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of every type the public site has, in one language: the lists, a detail page of each
 * content type (the first item the site's own search API lists, so the seeds can change), the
 * comparison of three programmes, the search results and the page-not-found page. The browser tests that judge every page walk this.
 */
final class SitePages {

    /** A page to visit: what it is (for messages and screenshot names) and its path below the site root. */
    record SitePage(String name, String path) {
    }

    static final List<String> LANGUAGES = List.of("zh", "ru", "en");

    private static final List<String> LISTS = List.of("programmes", "experiences", "events", "institutions", "cooperation", "news");

    /** Content types with a detail page, as the search API names them. */
    private static final List<String> DETAIL_TYPES = List.of("programme", "experience", "event", "institution", "cooperation", "news", "page");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SitePages() {
    }

    static List<SitePage> of(URL base, String lang) throws IOException, InterruptedException {
        List<SitePage> pages = new ArrayList<>();
        pages.add(new SitePage(lang + "-home", lang + "/"));
        for (String list : LISTS) {
            pages.add(new SitePage(lang + "-" + list, lang + "/" + list));
        }
        for (String type : DETAIL_TYPES) {
            pages.add(new SitePage(lang + "-" + type + "-detail", itemPaths(base, lang, type).get(0)));
        }
        List<String> programmes = itemPaths(base, lang, "programme");
        pages.add(new SitePage(lang + "-compare", lang + "/programmes/compare?p="
                + slug(programmes.get(0)) + "," + slug(programmes.get(1)) + "," + slug(programmes.get(2))));
        pages.add(new SitePage(lang + "-search", lang + "/search?q=" + (lang.equals("zh") ? "%E6%8A%A4%E7%90%86" : lang.equals("ru") ? "%D1%81%D0%B2%D0%B0%D1%80%D0%BA%D0%B0" : "nursing")));
        pages.add(new SitePage(lang + "-not-found", lang + "/no-such-page"));
        return pages;
    }

    private static String slug(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The paths of the first page of a type's published items, as the search API lists them. */
    private static List<String> itemPaths(URL base, String lang, String type) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/search?q=&lang=" + lang + "&type=" + type)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The search API answered " + response.statusCode() + " for type " + type);
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonArray results = reader.readObject().getJsonArray("results");
            if (results.isEmpty()) {
                throw new IllegalStateException("No published " + type + " to visit in " + lang);
            }
            return results.getValuesAs(JsonObject.class).stream()
                    .map(result -> result.getString("url").replaceFirst("^(https?://[^/]+)?/", ""))
                    .toList();
        }
    }
}
