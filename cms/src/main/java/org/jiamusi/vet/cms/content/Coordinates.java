package org.jiamusi.vet.cms.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A place's position on the map, declared and checked alike by every type that has one: latitude
 * and longitude in decimal degrees. The schema only knows they are numbers; this adds what a map
 * needs, values within range (a typo such as 467.8 would otherwise fail only when published) and
 * both or neither, since one without the other places nothing.
 */
public final class Coordinates {

    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";

    /** Room for a sign, three digits and six decimals: the columns keep six (about 10 cm), finer input is rounded. */
    private static final int MAX_LENGTH = 12;

    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    private Coordinates() {
    }

    public static FieldDef latitude() {
        return FieldDef.fact(LATITUDE, FieldKind.DECIMAL, MAX_LENGTH);
    }

    public static FieldDef longitude() {
        return FieldDef.fact(LONGITUDE, FieldKind.DECIMAL, MAX_LENGTH);
    }

    /** Each coordinate within its range, and the two given together. */
    public static DraftRule rule() {
        return draft -> {
            List<Violation> violations = new ArrayList<>();
            checkRange(draft, LATITUDE, MAX_LATITUDE, violations);
            checkRange(draft, LONGITUDE, MAX_LONGITUDE, violations);
            boolean hasLatitude = draft.field(LATITUDE) != null;
            if (hasLatitude != (draft.field(LONGITUDE) != null)) {
                violations.add(Violation.of(hasLatitude ? LONGITUDE : LATITUDE, "content.coordinates.incomplete"));
            }
            return violations;
        };
    }

    private static void checkRange(ContentDraft draft, String field, BigDecimal max, List<Violation> violations) {
        String value = draft.field(field);
        if (value == null) {
            return;
        }
        try {
            if (new BigDecimal(value).abs().compareTo(max) > 0) {
                violations.add(Violation.of(field, null, "content.coordinates.outOfRange",
                        Map.of("min", max.negate(), "max", max)));
            }
        } catch (NumberFormatException malformed) {
            // reported as an invalid field by the schema
        }
    }
}
