package org.jiamusi.vet.seeds;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.i18n.Language;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one programme seed file: {@code {"key", "code", "level", "pathway", "durationYears", "sample",
 * "texts": {"zh": {"title", "institution", "summary", "description", "careers"}, "ru": {...}, "en": {...}}}}.
 */
final class ProgrammeSeedFile {

    private ProgrammeSeedFile() {
    }

    static SeedItem read(InputStream in, String name) {
        try (JsonReader reader = Json.createReader(in)) {
            JsonObject json = reader.readObject();
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("code", json.getString("code", null));
            facts.put("level", json.getString("level"));
            facts.put("pathway", json.getString("pathway", null));
            if (json.containsKey("durationYears") && json.get("durationYears").getValueType() == JsonValue.ValueType.NUMBER) {
                facts.put("durationYears", Integer.toString(json.getInt("durationYears")));
            }
            Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
            JsonObject byLanguage = json.getJsonObject("texts");
            for (Language language : Language.values()) {
                JsonObject text = byLanguage.getJsonObject(language.code());
                if (text != null) {
                    Map<String, String> values = new LinkedHashMap<>();
                    values.put("title", text.getString("title"));
                    values.put("institutionName", text.getString("institution", null));
                    values.put("summary", text.getString("summary", null));
                    values.put("description", text.getString("description", null));
                    values.put("careers", text.getString("careers", null));
                    texts.put(language, values);
                }
            }
            return new SeedItem(ContentType.PROGRAMME, json.getString("key"), json.getBoolean("sample", false),
                    new ContentDraft(facts, texts));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Seed file " + name + " cannot be read: " + e.getMessage(), e);
        }
    }
}
