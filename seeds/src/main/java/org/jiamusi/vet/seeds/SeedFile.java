package org.jiamusi.vet.seeds;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.i18n.Language;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one seed file: {@code {"ref", "sample", "owner", "fields": {...}, "texts": {"zh": {...},
 * "ru": {...}, "en": {...}}, "sessions": [...]}}, every value a string.
 */
final class SeedFile {

    private SeedFile() {
    }

    static SeedItem read(ContentType type, InputStream in, String name) {
        try (JsonReader reader = Json.createReader(in)) {
            JsonObject json = reader.readObject();
            List<SeedItem> sessions = new ArrayList<>();
            JsonArray sessionArray = json.getJsonArray("sessions");
            String ref = json.getString("ref");
            if (sessionArray != null) {
                for (int i = 0; i < sessionArray.size(); i++) {
                    JsonObject session = sessionArray.getJsonObject(i);
                    sessions.add(new SeedItem(ContentType.SESSION, ref + "-session-" + (i + 1), true, json.getString("owner", null),
                            strings(session, "fields", session), texts(session), List.of()));
                }
            }
            return new SeedItem(type, ref, json.getBoolean("sample", false), json.getString("owner", null),
                    strings(json, "fields", null), texts(json), sessions);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Seed file " + type.code() + "/" + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The string values of an object member; a session's facts are the session object's own string members. */
    private static Map<String, String> strings(JsonObject parent, String member, JsonObject flat) {
        return ContentDraft.strings(flat != null ? flat : parent.getJsonObject(member));
    }

    private static Map<Language, Map<String, String>> texts(JsonObject json) {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        JsonObject byLanguage = json.getJsonObject("texts");
        for (Language language : Language.values()) {
            if (byLanguage != null && byLanguage.containsKey(language.code())) {
                texts.put(language, strings(byLanguage, language.code(), null));
            }
        }
        return texts;
    }
}
