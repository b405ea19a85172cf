package org.jiamusi.vet.cms.event;

import org.jiamusi.vet.cms.content.ContentSchemaContract;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.cms.testing.Events;
import org.junit.jupiter.api.Test;

/** What an event's draft must be to be saved: it ends after it starts, and registers on the web. */
class EventSchemaTest extends ContentSchemaContract {

    private static final long INSTITUTION_ID = 51;

    EventSchemaTest() {
        super(EventProjection.SCHEMA, Shown.ON_OWN_PAGES, () -> Events.openDay(INSTITUTION_ID),
                EventProjection.KIND, EventProjection.START_DATE);
    }

    @Test
    void endDateBeforeStartDateIsRefused() {
        assertRefused(draft().field(EventProjection.END_DATE, "2026-05-15"), EventProjection.END_DATE, "content.field.endBeforeStart");
    }

    @Test
    void oneDayEventEndingBeforeItStartsIsRefused() {
        DraftBuilder backwards = draft()
                .field(EventProjection.END_DATE, null)
                .field(EventProjection.START_TIME, "16:00")
                .field(EventProjection.END_TIME, "09:00");

        assertRefused(backwards, EventProjection.END_TIME, "content.field.endBeforeStart");
    }

    @Test
    void eventOverSeveralDaysMayEndEarlierInTheDayThanItStarted() {
        assertAccepted(draft().field(EventProjection.START_TIME, "19:00").field(EventProjection.END_TIME, "17:00"));
    }

    @Test
    void registrationAddressMustBeAWebAddress() {
        assertRefused(draft().field(EventProjection.REGISTRATION_URL, "0454-8612345"),
                EventProjection.REGISTRATION_URL, "content.field.invalid.url");
    }
}
