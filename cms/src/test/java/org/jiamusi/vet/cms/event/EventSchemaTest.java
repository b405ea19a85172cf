package org.jiamusi.vet.cms.event;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.Violation;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.cms.testing.Events;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EventSchemaTest {

    private static final long INSTITUTION_ID = 51;

    private static List<Violation> violations(ContentDraft draft) {
        return EventProjection.SCHEMA.validate(draft);
    }

    private static DraftBuilder openDay() {
        return Events.openDay(INSTITUTION_ID);
    }

    @Test
    void completeDraftHasNoViolations() {
        assertThat(violations(openDay().build())).isEmpty();
    }

    @Test
    void draftWithoutChineseTitleIsRefused() {
        ContentDraft untitled = openDay().text(Language.ZH, ContentSchema.TITLE, null).build();

        assertThat(violations(untitled)).extracting(Violation::field, Violation::language, Violation::messageKey)
                .containsExactly(tuple(ContentSchema.TITLE, Language.ZH, "content.field.sourceRequired"));
    }

    @Test
    void endDateBeforeStartDateIsRefused() {
        ContentDraft backwards = openDay().field(EventProjection.END_DATE, "2026-05-15").build();

        assertThat(violations(backwards)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(EventProjection.END_DATE, "content.field.endBeforeStart"));
    }

    @Test
    void oneDayEventEndingBeforeItStartsIsRefused() {
        ContentDraft backwards = openDay()
                .field(EventProjection.END_DATE, null)
                .field(EventProjection.START_TIME, "16:00")
                .field(EventProjection.END_TIME, "09:00")
                .build();

        assertThat(violations(backwards)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(EventProjection.END_TIME, "content.field.endBeforeStart"));
    }

    @Test
    void eventOverSeveralDaysMayEndEarlierInTheDayThanItStarted() {
        ContentDraft fromEveningToAfternoon = openDay()
                .field(EventProjection.START_TIME, "19:00")
                .field(EventProjection.END_TIME, "17:00")
                .build();

        assertThat(violations(fromEveningToAfternoon)).isEmpty();
    }

    @Test
    void kindAndStartDateAreRequired() {
        ContentDraft undated = openDay().field(EventProjection.KIND, null).field(EventProjection.START_DATE, null).build();

        assertThat(violations(undated)).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                tuple(EventProjection.KIND, "content.field.required"),
                tuple(EventProjection.START_DATE, "content.field.required"));
    }

    @Test
    void registrationAddressMustBeAWebAddress() {
        ContentDraft phoneInstead = openDay().field(EventProjection.REGISTRATION_URL, "0454-8612345").build();

        assertThat(violations(phoneInstead)).extracting(Violation::messageKey).containsExactly("content.field.invalid.url");
    }
}
