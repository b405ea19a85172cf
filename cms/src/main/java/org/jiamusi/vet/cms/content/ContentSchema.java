package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.i18n.TextCharacters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The fields of a content type and the rules its drafts must meet. Checking is the same for every
 * type: required fields, lengths, the characters a value may hold ({@link TextCharacters}), the form
 * of numbers, dates, times, addresses and references, and the type's own rules across fields.
 */
public record ContentSchema(ContentType type, List<FieldDef> fields, List<DraftRule> rules) {

    /** The translatable field every type with public pages has; slugs are made from it. */
    public static final String TITLE = "title";

    private static final String FORBIDDEN_CHARACTER = "content.field.forbiddenCharacter";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern URL = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("[+0-9()\\-\\s]{5,30}");

    public ContentSchema {
        fields = List.copyOf(fields);
        rules = List.copyOf(rules);
    }

    public ContentSchema(ContentType type, List<FieldDef> fields) {
        this(type, fields, List.of());
    }

    public Optional<FieldDef> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<FieldDef> translatableFields() {
        return fields.stream().filter(FieldDef::translatable).toList();
    }

    public List<FieldDef> facts() {
        return fields.stream().filter(f -> !f.translatable()).toList();
    }

    /** Whether items of this type have pages of their own, and so slugs made from their title. */
    public boolean hasPages() {
        return field(TITLE).filter(FieldDef::translatable).isPresent();
    }

    /** Everything wrong with a draft; empty when it can be saved. */
    public List<Violation> validate(ContentDraft draft) {
        return validate(draft, null);
    }

    /**
     * Everything wrong with a draft that replaces {@code stored} (null for a new item). A value kept
     * exactly as stored is not refused for its characters: it was saved before the rule, every writer
     * drops them, and refusing it would block a translator, who may not edit the source that holds it.
     */
    public List<Violation> validate(ContentDraft draft, ContentDraft stored) {
        List<Violation> violations = new ArrayList<>();
        draft.fields().forEach((name, value) -> {
            Optional<FieldDef> def = field(name).filter(f -> !f.translatable());
            if (def.isEmpty()) {
                violations.add(Violation.of(name, "content.field.unknown"));
            } else {
                checkValue(def.get(), null, value, violations);
            }
        });
        for (FieldDef fact : facts()) {
            if (fact.required() && draft.field(fact.name()) == null) {
                violations.add(Violation.of(fact.name(), "content.field.required"));
            }
        }
        for (Map.Entry<Language, Map<String, String>> texts : draft.texts().entrySet()) {
            Language language = texts.getKey();
            texts.getValue().forEach((name, value) -> {
                Optional<FieldDef> def = field(name).filter(FieldDef::translatable);
                if (def.isEmpty()) {
                    violations.add(Violation.of(name, language, "content.field.unknown", Map.of()));
                } else {
                    checkValue(def.get(), language, value, violations);
                }
            });
            if (language != Language.SOURCE && hasPages() && !texts.getValue().containsKey(TITLE)) {
                violations.add(Violation.of(TITLE, language, "content.field.required", Map.of()));
            }
        }
        for (FieldDef text : translatableFields()) {
            if (text.required() && draft.text(Language.SOURCE, text.name()) == null) {
                violations.add(Violation.of(text.name(), Language.SOURCE, "content.field.sourceRequired", Map.of()));
            }
        }
        for (DraftRule rule : rules) {
            violations.addAll(rule.check(draft));
        }
        if (stored != null) {
            violations.removeIf(v -> v.messageKey().equals(FORBIDDEN_CHARACTER) && Objects.equals(value(draft, v), value(stored, v)));
        }
        return violations;
    }

    private static String value(ContentDraft draft, Violation violation) {
        return violation.language() == null ? draft.field(violation.field()) : draft.text(violation.language(), violation.field());
    }

    private static void checkValue(FieldDef def, Language language, String value, List<Violation> violations) {
        if (def.maxLength() > 0 && value.length() > def.maxLength()) {
            violations.add(Violation.of(def.name(), language, "content.field.tooLong", Map.of("max", def.maxLength())));
            return;
        }
        Violation character = forbiddenCharacter(def.name(), language, value);
        if (character != null) {
            violations.add(character);
            return;
        }
        if (!wellFormed(def, value)) {
            violations.add(Violation.of(def.name(), language, "content.field.invalid." + def.kind().name().toLowerCase(), Map.of()));
        }
    }

    /**
     * The violation of a value holding a character no text may hold ({@link TextCharacters}), else
     * null; it names the character and its position (from 1), so the editor can find an invisible one.
     */
    static Violation forbiddenCharacter(String field, Language language, String value) {
        OptionalInt at = TextCharacters.firstForbidden(value);
        if (at.isEmpty()) {
            return null;
        }
        int position = value.codePointCount(0, at.getAsInt()) + 1;
        return Violation.of(field, language, FORBIDDEN_CHARACTER,
                Map.of("character", TextCharacters.name(value.codePointAt(at.getAsInt())), "position", position));
    }

    private static boolean wellFormed(FieldDef def, String value) {
        try {
            return switch (def.kind()) {
                case TEXT, LONG_TEXT, RICH_TEXT -> true;
                case INTEGER -> {
                    Long.parseLong(value);
                    yield true;
                }
                case DECIMAL -> {
                    new BigDecimal(value);
                    yield true;
                }
                case DATE -> {
                    LocalDate.parse(value);
                    yield true;
                }
                case TIME -> {
                    LocalTime.parse(value);
                    yield true;
                }
                case BOOLEAN -> value.equals("true") || value.equals("false");
                case ENUM -> Arrays.stream(def.enumType().getEnumConstants()).anyMatch(c -> c.name().equals(value));
                case REFERENCE -> Long.parseLong(value) > 0;
                case REFERENCES -> Arrays.stream(value.split(",")).map(String::strip).allMatch(id -> Long.parseLong(id) > 0);
                case URL -> URL.matcher(value).matches();
                case EMAIL -> EMAIL.matcher(value).matches();
                case PHONE -> PHONE.matcher(value).matches();
            };
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
