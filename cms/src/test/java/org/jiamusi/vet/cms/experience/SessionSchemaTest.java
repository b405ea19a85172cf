package org.jiamusi.vet.cms.experience;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.Violation;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.cms.testing.Experiences;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SessionSchemaTest {

    private static final long COURSE_ID = 151;

    private static List<Violation> violations(ContentDraft draft) {
        return SessionProjection.SCHEMA.validate(draft);
    }

    private static DraftBuilder session() {
        return Experiences.session(COURSE_ID);
    }

    @Test
    void completeDraftHasNoViolations() {
        assertThat(violations(session().build())).isEmpty();
    }

    @Test
    void sessionsHaveNoPagesAndNeedNoTitle() {
        assertThat(SessionProjection.SCHEMA.hasPages()).isFalse();
        assertThat(violations(session().without(Language.ZH).without(Language.RU).without(Language.EN).build())).isEmpty();
    }

    @Test
    void endBeforeStartIsRefused() {
        ContentDraft backwards = session().field(SessionProjection.START_TIME, "10:30").field(SessionProjection.END_TIME, "09:00").build();

        assertThat(violations(backwards)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(SessionProjection.END_TIME, "content.field.endBeforeStart"));
    }

    @Test
    void endAtTheStartIsRefused() {
        ContentDraft instant = session().field(SessionProjection.END_TIME, Experiences.SESSION_START).build();

        assertThat(violations(instant)).extracting(Violation::messageKey).containsExactly("content.field.endBeforeStart");
    }

    @Test
    void capacityZeroIsRefused() {
        ContentDraft noSeats = session().field(SessionProjection.CAPACITY, 0).build();

        assertThat(violations(noSeats)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(SessionProjection.CAPACITY, "content.field.tooSmall"));
    }

    @Test
    void capacityBeyondItsColumnIsRefusedAsTooLong() {
        ContentDraft stadium = session().field(SessionProjection.CAPACITY, 3_000_000_000L).build();

        assertThat(violations(stadium)).extracting(Violation::messageKey).containsExactly("content.field.tooLong");
    }

    @Test
    void courseDateTimesAndCapacityAreRequired() {
        ContentDraft empty = session()
                .field(SessionProjection.COURSE, null)
                .field(SessionProjection.DATE, null)
                .field(SessionProjection.START_TIME, null)
                .field(SessionProjection.END_TIME, null)
                .field(SessionProjection.CAPACITY, null)
                .build();

        assertThat(violations(empty)).extracting(Violation::field).containsExactlyInAnyOrder(
                SessionProjection.COURSE, SessionProjection.DATE, SessionProjection.START_TIME,
                SessionProjection.END_TIME, SessionProjection.CAPACITY);
    }
}
