package org.jiamusi.vet.cms.experience;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.Coordinates;
import org.jiamusi.vet.cms.content.Violation;
import org.jiamusi.vet.cms.testing.Experiences;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ExperienceCentreSchemaTest {

    private static final long INSTITUTION_ID = 51;

    private static List<Violation> violations(ContentDraft draft) {
        return ExperienceCentreProjection.SCHEMA.validate(draft);
    }

    @Test
    void completeDraftHasNoViolations() {
        assertThat(violations(Experiences.centre(INSTITUTION_ID).build())).isEmpty();
    }

    @Test
    void draftWithoutChineseTitleIsRefused() {
        ContentDraft untitled = Experiences.centre(INSTITUTION_ID).text(Language.ZH, ContentSchema.TITLE, null).build();

        assertThat(violations(untitled)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(ContentSchema.TITLE, "content.field.sourceRequired"));
    }

    @Test
    void longitudeWithoutLatitudeIsRefused() {
        ContentDraft half = Experiences.centre(INSTITUTION_ID).field(Coordinates.LATITUDE, null).build();

        assertThat(violations(half)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(Coordinates.LATITUDE, "content.coordinates.incomplete"));
    }

    @Test
    void centreWithoutInstitutionOrPlaceIsAccepted() {
        ContentDraft bare = Experiences.centre(INSTITUTION_ID)
                .field(ExperienceCentreProjection.INSTITUTION, null)
                .field(ExperienceCentreProjection.DISTRICT, null)
                .field(Coordinates.LATITUDE, null)
                .field(Coordinates.LONGITUDE, null)
                .build();

        assertThat(violations(bare)).isEmpty();
    }
}
