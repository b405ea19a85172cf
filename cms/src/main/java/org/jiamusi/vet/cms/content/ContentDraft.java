package org.jiamusi.vet.cms.content;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import org.jiamusi.vet.i18n.Language;

import java.io.StringReader;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content of one revision of an item, as an editor submits it: the facts (one value each) and
 * the texts of each language, every value as text. Revisions store it as JSON; the item's
 * {@link ContentSchema} says how to read and check each field.
 */
public record ContentDraft(Map<String, String> fields, Map<Language, Map<String, String>> texts) {

    /** Looked up once: {@code Json.create...} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public ContentDraft {
        fields = Map.copyOf(withoutBlanks(fields));
        Map<Language, Map<String, String>> copy = new EnumMap<>(Language.class);
        texts.forEach((language, values) -> {
            Map<String, String> kept = withoutBlanks(values);
            if (!kept.isEmpty()) {
                copy.put(language, Map.copyOf(kept));
            }
        });
        texts = copy.isEmpty() ? Map.of() : Map.copyOf(copy);
    }

    public static ContentDraft empty() {
        return new ContentDraft(Map.of(), Map.of());
    }

    public String field(String name) {
        return fields.get(name);
    }

    public String text(Language language, String name) {
        Map<String, String> values = texts.get(language);
        return values == null ? null : values.get(name);
    }

    /** The texts of one language, empty when the language has none. */
    public Map<String, String> texts(Language language) {
        return texts.getOrDefault(language, Map.of());
    }

    public boolean hasLanguage(Language language) {
        return texts.containsKey(language);
    }

    /** A copy with one fact changed; {@code null} or blank removes it. */
    public ContentDraft withField(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(name, value);
        return new ContentDraft(changed, texts);
    }

    /** A copy with one language's texts replaced; an empty map removes the language. */
    public ContentDraft withTexts(Language language, Map<String, String> values) {
        Map<Language, Map<String, String>> changed = new EnumMap<>(Language.class);
        changed.putAll(texts);
        changed.put(language, values);
        return new ContentDraft(fields, changed);
    }

    public String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        json.add("fields", object(fields));
        JsonObjectBuilder byLanguage = JSON.createObjectBuilder();
        for (Language language : Language.values()) {
            if (texts.containsKey(language)) {
                byLanguage.add(language.code(), object(texts.get(language)));
            }
        }
        json.add("texts", byLanguage);
        return json.build().toString();
    }

    public static ContentDraft fromJson(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
            JsonObject byLanguage = object.getJsonObject("texts");
            for (Language language : Language.values()) {
                if (byLanguage != null && byLanguage.containsKey(language.code())) {
                    texts.put(language, strings(byLanguage.getJsonObject(language.code())));
                }
            }
            return new ContentDraft(strings(object.getJsonObject("fields")), texts);
        }
    }

    private static JsonObjectBuilder object(Map<String, String> values) {
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        new TreeMap<>(values).forEach(builder::add);
        return builder;
    }

    /** The string members of a JSON object, in their order; members of other kinds are passed over, a missing object is empty. */
    public static Map<String, String> strings(JsonObject object) {
        Map<String, String> values = new LinkedHashMap<>();
        if (object != null) {
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                if (entry.getValue() instanceof JsonString string) {
                    values.put(entry.getKey(), string.getString());
                }
            }
        }
        return values;
    }

    private static Map<String, String> withoutBlanks(Map<String, String> values) {
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(name, value.strip());
            }
        });
        return kept;
    }
}
