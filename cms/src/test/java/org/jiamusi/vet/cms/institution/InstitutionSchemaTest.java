package org.jiamusi.vet.cms.institution;

import org.jiamusi.vet.cms.content.ContentSchemaContract;
import org.jiamusi.vet.cms.content.Coordinates;
import org.jiamusi.vet.cms.content.Violation;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.cms.testing.Institutions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What an institution's draft must be to be saved: a district of the city, contacts that work, a place on the map. */
class InstitutionSchemaTest extends ContentSchemaContract {

    InstitutionSchemaTest() {
        super(InstitutionProjection.SCHEMA, Shown.ON_OWN_PAGES, Institutions::jiamusiVocationalInstitute,
                InstitutionProjection.KIND, InstitutionProjection.DISTRICT);
    }

    @Test
    void districtOutsideTheListIsRefused() {
        assertRefused(draft().field(InstitutionProjection.DISTRICT, "NANGANG"), InstitutionProjection.DISTRICT, "content.field.invalid.enum");
    }

    @Test
    void malformedContactsAreRefused() {
        DraftBuilder garbled = draft()
                .field(InstitutionProjection.EMAIL, "zhaosheng at jmszy")
                .field(InstitutionProjection.WEBSITE, "www.jmszy.example");

        assertThat(violations(garbled)).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                tuple(InstitutionProjection.EMAIL, "content.field.invalid.email"),
                tuple(InstitutionProjection.WEBSITE, "content.field.invalid.url"));
    }

    @Test
    void latitudeOutOfRangeIsRefused() {
        assertRefused(draft().field(Coordinates.LATITUDE, "467.99923"), Coordinates.LATITUDE, "content.coordinates.outOfRange");
    }
}
