package org.jiamusi.vet.cms.experience;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.Violation;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.cms.testing.Experiences;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jiamusi.vet.cms.experience.ExperienceCourseProjection.FOR_JUNIOR_MIDDLE;
import static org.jiamusi.vet.cms.experience.ExperienceCourseProjection.FOR_PRIMARY;
import static org.jiamusi.vet.cms.experience.ExperienceCourseProjection.FOR_SENIOR_MIDDLE;

class ExperienceCourseSchemaTest {

    private static final long CENTRE_ID = 101;

    private static List<Violation> violations(ContentDraft draft) {
        return ExperienceCourseProjection.SCHEMA.validate(draft);
    }

    private static DraftBuilder course() {
        return Experiences.course(CENTRE_ID);
    }

    @Test
    void completeDraftHasNoViolations() {
        assertThat(violations(course().build())).isEmpty();
    }

    @Test
    void courseForNoSchoolStageIsRefusedOnTheFirstBox() {
        ContentDraft forNobody = course().field(FOR_PRIMARY, false).field(FOR_JUNIOR_MIDDLE, false).field(FOR_SENIOR_MIDDLE, false).build();

        assertThat(violations(forNobody)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(FOR_PRIMARY, "content.course.gradesRequired"));
    }

    @Test
    void courseWithTheStageBoxesLeftEmptyIsRefused() {
        ContentDraft unticked = course().field(FOR_PRIMARY, null).field(FOR_JUNIOR_MIDDLE, null).field(FOR_SENIOR_MIDDLE, null).build();

        assertThat(violations(unticked)).extracting(Violation::messageKey).containsExactly("content.course.gradesRequired");
    }

    @Test
    void courseForPrimaryPupilsOnlyIsAccepted() {
        ContentDraft primary = course().field(FOR_PRIMARY, true).field(FOR_JUNIOR_MIDDLE, null).field(FOR_SENIOR_MIDDLE, null).build();

        assertThat(violations(primary)).isEmpty();
    }

    @Test
    void courseShorterThanFifteenMinutesIsRefused() {
        ContentDraft demonstration = course().field(ExperienceCourseProjection.DURATION_MINUTES, 10).build();

        assertThat(violations(demonstration)).extracting(Violation::field, Violation::messageKey, Violation::arguments)
                .containsExactly(tuple(ExperienceCourseProjection.DURATION_MINUTES, "content.field.tooSmall",
                        Map.of("min", 15L)));
    }

    @Test
    void centreAndInterestAreaAreRequired() {
        ContentDraft adrift = course().field(ExperienceCourseProjection.CENTRE, null).field(ExperienceCourseProjection.INTEREST_AREA, null).build();

        assertThat(violations(adrift)).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                tuple(ExperienceCourseProjection.CENTRE, "content.field.required"),
                tuple(ExperienceCourseProjection.INTEREST_AREA, "content.field.required"));
    }
}
