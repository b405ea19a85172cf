package org.jiamusi.vet.web.site;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * schema.org descriptions of a page as JSON-LD, for search engines: built with JSON-P, and safe to
 * put inside a {@code <script>} element.
 */
final class StructuredData {

    private StructuredData() {
    }

    static JsonObjectBuilder thing(String type, String name, String description, String url, String language) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", type)
                .add("name", name)
                .add("url", url)
                .add("inLanguage", language);
        if (description != null && !description.isBlank()) {
            json.add("description", description);
        }
        return json;
    }

    /** The JSON text, with {@code </} written so that no value can close the script element. */
    static String script(JsonObjectBuilder json) {
        return json.build().toString().replace("</", "<\\/");
    }
}
