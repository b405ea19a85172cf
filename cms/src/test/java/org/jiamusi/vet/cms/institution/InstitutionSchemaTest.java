package org.jiamusi.vet.cms.institution;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.Coordinates;
import org.jiamusi.vet.cms.content.Violation;
import org.jiamusi.vet.cms.testing.Institutions;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class InstitutionSchemaTest {

    private static List<Violation> violations(ContentDraft draft) {
        return InstitutionProjection.SCHEMA.validate(draft);
    }

    @Test
    void completeDraftHasNoViolations() {
        assertThat(violations(Institutions.jiamusiVocationalInstitute().build())).isEmpty();
    }

    @Test
    void draftWithoutChineseTitleIsRefused() {
        ContentDraft untitled = Institutions.jiamusiVocationalInstitute().text(Language.ZH, ContentSchema.TITLE, null).build();

        assertThat(violations(untitled)).extracting(Violation::field, Violation::language, Violation::messageKey)
                .containsExactly(tuple(ContentSchema.TITLE, Language.ZH, "content.field.sourceRequired"));
    }

    @Test
    void kindAndDistrictAreRequired() {
        ContentDraft nowhere = Institutions.jiamusiVocationalInstitute()
                .field(InstitutionProjection.KIND, null)
                .field(InstitutionProjection.DISTRICT, null)
                .build();

        assertThat(violations(nowhere)).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                tuple(InstitutionProjection.KIND, "content.field.required"),
                tuple(InstitutionProjection.DISTRICT, "content.field.required"));
    }

    @Test
    void districtOutsideTheListIsRefused() {
        ContentDraft harbin = Institutions.jiamusiVocationalInstitute().field(InstitutionProjection.DISTRICT, "NANGANG").build();

        assertThat(violations(harbin)).extracting(Violation::messageKey).containsExactly("content.field.invalid.enum");
    }

    @Test
    void malformedContactsAreRefused() {
        ContentDraft garbled = Institutions.jiamusiVocationalInstitute()
                .field(InstitutionProjection.EMAIL, "zhaosheng at jmszy")
                .field(InstitutionProjection.WEBSITE, "www.jmszy.example")
                .build();

        assertThat(violations(garbled)).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                tuple(InstitutionProjection.EMAIL, "content.field.invalid.email"),
                tuple(InstitutionProjection.WEBSITE, "content.field.invalid.url"));
    }

    @Test
    void latitudeOutOfRangeIsRefused() {
        ContentDraft typo = Institutions.jiamusiVocationalInstitute().field(Coordinates.LATITUDE, "467.99923").build();

        assertThat(violations(typo)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(Coordinates.LATITUDE, "content.coordinates.outOfRange"));
    }
}
