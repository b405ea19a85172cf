package org.jiamusi.vet.cms.experience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
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
 * The fields of a session's drafts and their publication as a {@link Session}. Besides the
 * schema's checks, an editor may not cut a session's capacity below the seats already booked:
 * that needs the stored session, so it is checked in {@link #checkAgainstStored}.
 */
@ApplicationScoped
public class SessionProjection extends EntityProjection<Session, SessionText> {

    public static final String COURSE = "course";
    public static final String DATE = "date";
    public static final String START_TIME = "startTime";
    public static final String END_TIME = "endTime";
    public static final String CAPACITY = "capacity";
    public static final String PLACE = "place";

    public static final ContentSchema SCHEMA = new ContentSchema(ContentType.SESSION, List.of(
            FieldDef.reference(COURSE, ContentType.EXPERIENCE_COURSE).asRequired(),
            FieldDef.fact(DATE, FieldKind.DATE, 10).asRequired(),
            // hh:mm or hh:mm:ss; finer than seconds is not a time anyone books by
            FieldDef.fact(START_TIME, FieldKind.TIME, 8).asRequired(),
            FieldDef.fact(END_TIME, FieldKind.TIME, 8).asRequired(),
            // five digits: more than any hall holds, and always within the INTEGER column
            FieldDef.fact(CAPACITY, FieldKind.INTEGER, 5).asRequired(),
            FieldDef.text(PLACE, 300)),
            List.of(DraftRule.timeAfter(END_TIME, START_TIME), DraftRule.atLeast(CAPACITY, 1)));

    public SessionProjection() {
        super(SCHEMA, Session.class, Session::new, SessionProjection::text);
    }

    @Override
    protected void writeFacts(EntityManager em, Session session, ContentDraft draft) {
        session.setCourseId(DraftValues.reference(draft, COURSE));
        session.setSchedule(DraftValues.date(draft, DATE), DraftValues.time(draft, START_TIME), DraftValues.time(draft, END_TIME));
        session.setCapacity(DraftValues.integer(draft, CAPACITY));
    }

    /**
     * Refuses a capacity below the seats already booked, naming how many are booked. The count is
     * read from the database, not from a session this persistence context may hold from earlier,
     * since bookings change it behind the entity's back.
     */
    @Override
    public List<Violation> checkAgainstStored(EntityManager em, ContentItem item, ContentDraft draft) {
        Integer capacity;
        try {
            capacity = DraftValues.integer(draft, CAPACITY);
        } catch (IllegalArgumentException malformed) {
            return List.of(); // reported as an invalid field by the schema
        }
        if (capacity == null) {
            return List.of();
        }
        int booked = em.createQuery("select s.seatsBooked from Session s where s.id = :id", Integer.class)
                .setParameter("id", item.getId())
                .getResultStream()
                .findFirst()
                .orElse(0);
        return capacity < booked
                ? List.of(Violation.of(CAPACITY, null, "content.session.capacityBelowBookings", Map.of("booked", booked)))
                : List.of();
    }

    private static SessionText text(Map<String, String> values, String slug) {
        return new SessionText(values.get(PLACE));
    }
}
