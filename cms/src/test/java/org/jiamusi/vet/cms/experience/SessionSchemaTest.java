package org.jiamusi.vet.cms.experience;

import org.jiamusi.vet.cms.content.ContentSchemaContract;
import org.jiamusi.vet.cms.testing.Experiences;
import org.junit.jupiter.api.Test;

/** What a course session's draft must be to be saved: it ends after it starts, with seats its column can hold. */
class SessionSchemaTest extends ContentSchemaContract {

    private static final long COURSE_ID = 151;

    SessionSchemaTest() {
        super(SessionProjection.SCHEMA, Shown.WITHIN_OTHER_CONTENT, () -> Experiences.session(COURSE_ID),
                SessionProjection.COURSE, SessionProjection.DATE, SessionProjection.START_TIME, SessionProjection.END_TIME,
                SessionProjection.CAPACITY);
    }

    @Test
    void endBeforeStartIsRefused() {
        assertRefused(draft().field(SessionProjection.START_TIME, "10:30").field(SessionProjection.END_TIME, "09:00"),
                SessionProjection.END_TIME, "content.field.endBeforeStart");
    }

    @Test
    void endAtTheStartIsRefused() {
        assertRefused(draft().field(SessionProjection.END_TIME, Experiences.SESSION_START),
                SessionProjection.END_TIME, "content.field.endBeforeStart");
    }

    @Test
    void capacityZeroIsRefused() {
        assertRefused(draft().field(SessionProjection.CAPACITY, 0), SessionProjection.CAPACITY, "content.field.tooSmall");
    }

    @Test
    void capacityBeyondItsColumnIsRefusedAsTooLong() {
        assertRefused(draft().field(SessionProjection.CAPACITY, 3_000_000_000L), SessionProjection.CAPACITY, "content.field.tooLong");
    }
}
