package org.jiamusi.vet.cms.experience;

import org.jiamusi.vet.cms.content.ContentSchemaContract;
import org.jiamusi.vet.cms.content.Violation;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.cms.testing.Experiences;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jiamusi.vet.cms.experience.ExperienceCourseProjection.FOR_JUNIOR_MIDDLE;
import static org.jiamusi.vet.cms.experience.ExperienceCourseProjection.FOR_PRIMARY;
import static org.jiamusi.vet.cms.experience.ExperienceCourseProjection.FOR_SENIOR_MIDDLE;

/** What an experience course's draft must be to be saved: for at least one school stage, and a quarter of an hour or more. */
class ExperienceCourseSchemaTest extends ContentSchemaContract {

    private static final long CENTRE_ID = 101;

    ExperienceCourseSchemaTest() {
        super(ExperienceCourseProjection.SCHEMA, Shown.ON_OWN_PAGES, () -> Experiences.course(CENTRE_ID),
                ExperienceCourseProjection.CENTRE, ExperienceCourseProjection.INTEREST_AREA);
    }

    @Test
    void courseForNoSchoolStageIsRefusedOnTheFirstBox() {
        assertRefused(draft().field(FOR_PRIMARY, false).field(FOR_JUNIOR_MIDDLE, false).field(FOR_SENIOR_MIDDLE, false),
                FOR_PRIMARY, "content.course.gradesRequired");
    }

    @Test
    void courseWithTheStageBoxesLeftEmptyIsRefused() {
        assertRefused(draft().field(FOR_PRIMARY, null).field(FOR_JUNIOR_MIDDLE, null).field(FOR_SENIOR_MIDDLE, null),
                FOR_PRIMARY, "content.course.gradesRequired");
    }

    @Test
    void courseForPrimaryPupilsOnlyIsAccepted() {
        assertAccepted(draft().field(FOR_PRIMARY, true).field(FOR_JUNIOR_MIDDLE, null).field(FOR_SENIOR_MIDDLE, null));
    }

    @Test
    void courseShorterThanFifteenMinutesIsRefused() {
        DraftBuilder demonstration = draft().field(ExperienceCourseProjection.DURATION_MINUTES, 10);

        assertThat(violations(demonstration)).extracting(Violation::field, Violation::messageKey, Violation::arguments)
                .containsExactly(tuple(ExperienceCourseProjection.DURATION_MINUTES, "content.field.tooSmall",
                        Map.of("min", 15L)));
    }
}
