package org.jiamusi.vet.web.site;

import org.jiamusi.vet.cms.institution.District;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The sketch map picks the scale that shows where a place is, and puts the point where its coordinates say. */
class SchematicMapTest {

    @Test
    void aSchoolInTownIsShownOnTheCityDistrictsWithItsPointInside() {
        SchematicMap map = SchematicMap.of(District.QIANJIN, new BigDecimal("46.8105"), new BigDecimal("130.3745")).orElseThrow();

        assertThat(map.scale()).isEqualTo("city");
        assertThat(map.areas()).extracting(SchematicMap.Area::district).contains("QIANJIN", "XIANGYANG", "DONGFENG", "JIAO");
        assertThat(map.pointX()).isBetween(0.0, (double) map.width());
        assertThat(map.pointY()).isBetween(0.0, (double) map.height());
    }

    @Test
    void aSchoolInACountyIsShownOnTheRegionEastOfTownWhenItIsEast() {
        SchematicMap fujin = SchematicMap.of(District.FUJIN, new BigDecimal("47.25"), new BigDecimal("132.04")).orElseThrow();
        SchematicMap town = SchematicMap.of(District.JIAO, new BigDecimal("46.60"), new BigDecimal("130.36")).orElseThrow();

        assertThat(fujin.scale()).isEqualTo("region");
        assertThat(fujin.pointX()).isGreaterThan(town.pointX());
        assertThat(fujin.pointY()).as("north is up").isLessThan(town.pointY());
        assertThat(fujin.places()).extracting(SchematicMap.Place::key).contains("CITY", "FUJIN", "FUYUAN");
    }

    @Test
    void noMapWithoutCoordinatesOrOutsideJiamusi() {
        assertThat(SchematicMap.of(District.QIANJIN, null, null)).isEmpty();
        assertThat(SchematicMap.of(District.OUTSIDE_CITY, new BigDecimal("45.80"), new BigDecimal("126.53"))).isEmpty();
        assertThat(SchematicMap.of(District.QIANJIN, new BigDecimal("22.14"), new BigDecimal("113.36"))).isEmpty();
    }
}
