package org.jiamusi.vet.cms.content;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CoordinatesTest {

    /** Jiamusi's city centre. */
    private static final String LATITUDE = "46.799923";
    private static final String LONGITUDE = "130.318878";

    private static List<Violation> check(Map<String, String> fields) {
        return Coordinates.rule().check(new ContentDraft(fields, Map.of()));
    }

    @Test
    void aPlaceInJiamusiIsAccepted() {
        assertThat(check(Map.of(Coordinates.LATITUDE, LATITUDE, Coordinates.LONGITUDE, LONGITUDE))).isEmpty();
    }

    @Test
    void noCoordinatesAtAllAreAccepted() {
        assertThat(check(Map.of())).isEmpty();
    }

    @Test
    void aLatitudeBeyondThePoleIsRefused() {
        assertThat(check(Map.of(Coordinates.LATITUDE, "467.99923", Coordinates.LONGITUDE, LONGITUDE)))
                .extracting(Violation::field, Violation::messageKey)
                .singleElement()
                .isEqualTo(tuple(Coordinates.LATITUDE, "content.coordinates.outOfRange"));
    }

    @Test
    void aLongitudeBeyondTheDateLineIsRefused() {
        assertThat(check(Map.of(Coordinates.LATITUDE, LATITUDE, Coordinates.LONGITUDE, "-180.5")))
                .extracting(Violation::field).containsExactly(Coordinates.LONGITUDE);
    }

    @Test
    void aLatitudeWithoutLongitudeIsRefusedOnTheMissingOne() {
        assertThat(check(Map.of(Coordinates.LATITUDE, LATITUDE)))
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(Coordinates.LONGITUDE, "content.coordinates.incomplete"));
    }
}
