package org.jiamusi.vet.cms.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.DraftRule;
import org.jiamusi.vet.cms.content.DraftValues;
import org.jiamusi.vet.cms.content.EntityProjection;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.cms.content.FieldKind;
import org.jiamusi.vet.cms.content.Violation;

import java.util.List;
import java.util.Map;

/**
 * The fields of an event's drafts and their publication as an {@link Event}. An event may not end
 * before it starts; its hours are checked against each other only when it lasts one day, since
 * "19:00 on the 14th to 17:00 on the 16th" is a fine span of days.
 */
@ApplicationScoped
public class EventProjection extends EntityProjection<Event, EventText> {

    public static final String KIND = "kind";
    public static final String START_DATE = "startDate";
    public static final String END_DATE = "endDate";
    public static final String START_TIME = "startTime";
    public static final String END_TIME = "endTime";
    public static final String INSTITUTION = "institution";
    public static final String REGISTRATION_REQUIRED = "registrationRequired";
    public static final String REGISTRATION_URL = "registrationUrl";
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String VENUE = "venue";

    private static final DraftRule HOURS_IN_ORDER = DraftRule.timeAfter(END_TIME, START_TIME);

    public static final ContentSchema SCHEMA = new ContentSchema(ContentType.EVENT, List.of(
            FieldDef.choice(KIND, EventKind.class).asRequired(),
            FieldDef.fact(START_DATE, FieldKind.DATE, 10).asRequired(),
            FieldDef.fact(END_DATE, FieldKind.DATE, 10),
            // hh:mm or hh:mm:ss; finer than seconds is not a time anyone meets at
            FieldDef.fact(START_TIME, FieldKind.TIME, 8),
            FieldDef.fact(END_TIME, FieldKind.TIME, 8),
            FieldDef.reference(INSTITUTION, ContentType.INSTITUTION),
            FieldDef.fact(REGISTRATION_REQUIRED, FieldKind.BOOLEAN, 5),
            FieldDef.fact(REGISTRATION_URL, FieldKind.URL, 500),
            FieldDef.text(ContentSchema.TITLE, 200).asRequired(),
            FieldDef.text(SUMMARY, 1000),
            FieldDef.richText(DESCRIPTION, 50000),
            FieldDef.text(VENUE, 300)),
            List.of(DraftRule.dateNotBefore(END_DATE, START_DATE), EventProjection::checkHoursOfOneDay));

    public EventProjection() {
        super(SCHEMA, Event.class, Event::new, EventProjection::text);
    }

    @Override
    protected void writeFacts(EntityManager em, Event event, ContentDraft draft) {
        event.setKind(DraftValues.choice(draft, KIND, EventKind.class));
        event.setSchedule(DraftValues.date(draft, START_DATE), DraftValues.date(draft, END_DATE),
                DraftValues.time(draft, START_TIME), DraftValues.time(draft, END_TIME));
        event.setInstitutionId(DraftValues.reference(draft, INSTITUTION));
        event.setRegistration(DraftValues.flag(draft, REGISTRATION_REQUIRED), draft.field(REGISTRATION_URL));
    }

    private static List<Violation> checkHoursOfOneDay(ContentDraft draft) {
        String endDate = draft.field(END_DATE);
        boolean oneDay = endDate == null || endDate.equals(draft.field(START_DATE));
        return oneDay ? HOURS_IN_ORDER.check(draft) : List.of();
    }

    private static EventText text(Map<String, String> values, String slug) {
        return new EventText(values.get(ContentSchema.TITLE), slug, values.get(SUMMARY),
                values.get(DESCRIPTION), values.get(VENUE));
    }
}
