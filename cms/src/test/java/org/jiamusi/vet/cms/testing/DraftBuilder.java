package org.jiamusi.vet.cms.testing;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.i18n.Language;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds content drafts for tests: facts and texts by name, as an editor's form submits them. */
public final class DraftBuilder {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);

    private DraftBuilder() {
    }

    public static DraftBuilder draft() {
        return new DraftBuilder();
    }

    /** One value for each language of the site, given in the order zh, ru, en (a fixture's slugs, its texts). */
    public static <T> Map<Language, T> inEachLanguage(T zh, T ru, T en) {
        Map<Language, T> values = new EnumMap<>(Language.class);
        values.put(Language.ZH, zh);
        values.put(Language.RU, ru);
        values.put(Language.EN, en);
        return Collections.unmodifiableMap(values);
    }

    /** A builder that starts from an existing draft, to change a value or two. */
    public static DraftBuilder from(ContentDraft draft) {
        DraftBuilder builder = new DraftBuilder();
        builder.fields.putAll(draft.fields());
        draft.texts().forEach((language, values) -> builder.texts.put(language, new LinkedHashMap<>(values)));
        return builder;
    }

    /** Sets a fact; {@code null} removes it. */
    public DraftBuilder field(String name, Object value) {
        if (value == null) {
            fields.remove(name);
        } else {
            fields.put(name, value.toString());
        }
        return this;
    }

    /** Sets one text of one language; {@code null} removes it. */
    public DraftBuilder text(Language language, String name, String value) {
        Map<String, String> values = texts.computeIfAbsent(language, l -> new LinkedHashMap<>());
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, value);
        }
        return this;
    }

    /** Sets one text in every language, the values given in the order zh, ru, en; {@code null} removes it from that language. */
    public DraftBuilder text(String name, String zh, String ru, String en) {
        return text(Language.ZH, name, zh).text(Language.RU, name, ru).text(Language.EN, name, en);
    }

    /** Removes every text of one language, as when a translation is withdrawn. */
    public DraftBuilder without(Language language) {
        texts.remove(language);
        return this;
    }

    public ContentDraft build() {
        return new ContentDraft(fields, texts);
    }
}
