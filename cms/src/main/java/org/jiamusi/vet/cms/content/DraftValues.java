package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.i18n.Language;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads a draft's values as the types the projections store. A draft keeps every value as text and
 * its schema has checked the form of each one, so every projection reads them in the same way, here.
 * A value the draft does not have reads as {@code null}. A malformed one means the draft skipped its
 * schema's checks; it is refused with the field's name instead of being stored half-read.
 */
public final class DraftValues {

    private DraftValues() {
    }

    /** A whole number that fits the {@code INTEGER} columns. */
    public static Integer integer(ContentDraft draft, String field) {
        return parse(draft, field, Integer::valueOf);
    }

    /** A whole number for a {@code BIGINT} column, such as a file's size in bytes. */
    public static Long longInteger(ContentDraft draft, String field) {
        return parse(draft, field, Long::valueOf);
    }

    public static BigDecimal decimal(ContentDraft draft, String field) {
        return parse(draft, field, BigDecimal::new);
    }

    public static LocalDate date(ContentDraft draft, String field) {
        return parse(draft, field, LocalDate::parse);
    }

    public static LocalTime time(ContentDraft draft, String field) {
        return parse(draft, field, LocalTime::parse);
    }

    /**
     * A yes-or-no field; one the draft does not have reads as {@code false}, because a box the
     * editor left unticked is a "no", never an "unknown".
     */
    public static boolean flag(ContentDraft draft, String field) {
        Boolean value = parse(draft, field, text -> switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("neither true nor false");
        });
        return Boolean.TRUE.equals(value);
    }

    public static <E extends Enum<E>> E choice(ContentDraft draft, String field, Class<E> type) {
        return parse(draft, field, name -> Enum.valueOf(type, name));
    }

    /** The id of the content item a reference field points to. */
    public static Long reference(ContentDraft draft, String field) {
        return parse(draft, field, DraftValues::itemId);
    }

    /** The ids a references field points to, in the editor's order, each once; empty when there are none. */
    public static List<Long> references(ContentDraft draft, String field) {
        List<Long> ids = parse(draft, field, text -> Arrays.stream(text.split(","))
                .map(String::strip)
                .map(DraftValues::itemId)
                .distinct()
                .toList());
        return ids == null ? List.of() : ids;
    }

    /** The draft's texts, one value object per language the draft has, for a type without pages. */
    public static <T> Map<Language, T> texts(ContentDraft draft, Function<Map<String, String>, T> text) {
        return texts(draft, Map.of(), (values, slug) -> text.apply(values), false);
    }

    /**
     * The draft's texts, one value object per language the draft has, each with the item's slug in
     * that language. Every language of a type with pages has a title and so a slug; one without is
     * the caller's mistake, refused before anything is written.
     */
    public static <T> Map<Language, T> texts(ContentDraft draft, Map<Language, String> slugs,
                                             BiFunction<Map<String, String>, String, T> text) {
        return texts(draft, slugs, text, true);
    }

    private static <T> Map<Language, T> texts(ContentDraft draft, Map<Language, String> slugs,
                                              BiFunction<Map<String, String>, String, T> text, boolean withSlugs) {
        Map<Language, T> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            if (!draft.hasLanguage(language)) {
                continue;
            }
            String slug = slugs.get(language);
            if (withSlugs && slug == null) {
                throw new IllegalArgumentException("No slug given for the " + language.code() + " text");
            }
            texts.put(language, text.apply(draft.texts(language), slug));
        }
        return Collections.unmodifiableMap(texts);
    }

    private static Long itemId(String text) {
        long id = Long.parseLong(text);
        if (id <= 0) {
            throw new IllegalArgumentException("not an item id");
        }
        return id;
    }

    private static <T> T parse(ContentDraft draft, String field, Function<String, T> parser) {
        String text = draft.field(field);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (RuntimeException malformed) {
            throw new IllegalArgumentException(
                    "Field " + field + " holds '" + text + "', which its schema refuses; was the draft validated?", malformed);
        }
    }
}
