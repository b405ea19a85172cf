package org.jiamusi.vet.seeds;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jiamusi.vet.cms.programme.Level;
import org.jiamusi.vet.cms.programme.Pathway;
import org.jiamusi.vet.cms.programme.ProgrammeDraft;
import org.jiamusi.vet.cms.programme.ProgrammeText;
import org.jiamusi.vet.i18n.Language;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

/** Reads one programme seed file: {@code {"key", "code", "level", "pathway", "durationYears", "sample", "texts": {"zh": {...}, ...}}}. */
final class ProgrammeSeedFile {

    private ProgrammeSeedFile() {
    }

    static ProgrammeDraft read(InputStream in, String name) {
        try (JsonReader reader = Json.createReader(in)) {
            JsonObject json = reader.readObject();
            JsonObject texts = json.getJsonObject("texts");
            Map<Language, ProgrammeText> byLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                JsonObject text = texts.getJsonObject(language.code());
                if (text != null) {
                    byLanguage.put(language, new ProgrammeText(
                            text.getString("title"),
                            text.getString("institution", null),
                            text.getString("summary", null),
                            text.getString("description", null),
                            text.getString("careers", null)));
                }
            }
            return new ProgrammeDraft(
                    json.getString("key"),
                    json.getString("code", ""),
                    Level.valueOf(json.getString("level")),
                    Pathway.valueOf(json.getString("pathway", Pathway.NONE.name())),
                    json.containsKey("durationYears") ? json.getInt("durationYears") : null,
                    json.getBoolean("sample", false),
                    byLanguage);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Seed file " + name + " cannot be read: " + e.getMessage(), e);
        }
    }
}
