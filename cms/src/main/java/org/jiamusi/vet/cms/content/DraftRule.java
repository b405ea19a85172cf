package org.jiamusi.vet.cms.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** A rule over several fields of a draft, such as an end that may not come before its start. */
@FunctionalInterface
public interface DraftRule {

    List<Violation> check(ContentDraft draft);

    /** The date in {@code end} may not be before the date in {@code start} (either may be empty). */
    static DraftRule dateNotBefore(String end, String start) {
        return draft -> {
            try {
                String from = draft.field(start);
                String to = draft.field(end);
                if (from != null && to != null && LocalDate.parse(to).isBefore(LocalDate.parse(from))) {
                    return List.of(Violation.of(end, null, "content.field.endBeforeStart", Map.of("start", start)));
                }
            } catch (DateTimeParseException malformed) {
                // reported as an invalid field by the schema
            }
            return List.of();
        };
    }

    /** The time in {@code end} must be after the time in {@code start}. */
    static DraftRule timeAfter(String end, String start) {
        return draft -> {
            try {
                String from = draft.field(start);
                String to = draft.field(end);
                if (from != null && to != null && !LocalTime.parse(to).isAfter(LocalTime.parse(from))) {
                    return List.of(Violation.of(end, null, "content.field.endBeforeStart", Map.of("start", start)));
                }
            } catch (DateTimeParseException malformed) {
                // reported as an invalid field by the schema
            }
            return List.of();
        };
    }

    /** A whole number at least {@code minimum}. */
    static DraftRule atLeast(String field, long minimum) {
        return draft -> {
            try {
                String value = draft.field(field);
                if (value != null && Long.parseLong(value) < minimum) {
                    return List.of(Violation.of(field, null, "content.field.tooSmall", Map.of("min", minimum)));
                }
            } catch (NumberFormatException malformed) {
                // reported as an invalid field by the schema
            }
            return List.of();
        };
    }
}
