package org.jiamusi.vet.cms.experience;

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
 * The fields of a career-experience course's drafts and their publication as an
 * {@link ExperienceCourse}. A course must say which school stages it suits, since pupils and
 * parents browse by stage and a course suiting none would never be found.
 */
@ApplicationScoped
public class ExperienceCourseProjection extends EntityProjection<ExperienceCourse, ExperienceCourseText> {

    public static final String CENTRE = "centre";
    public static final String INTEREST_AREA = "interestArea";
    public static final String FOR_PRIMARY = "forPrimary";
    public static final String FOR_JUNIOR_MIDDLE = "forJuniorMiddle";
    public static final String FOR_SENIOR_MIDDLE = "forSeniorMiddle";
    public static final String DURATION_MINUTES = "durationMinutes";
    /** Shown on the home page among the featured experiences. */
    public static final String FEATURED = "featured";
    public static final String SUMMARY = "summary";
    public static final String WHAT_YOU_MAKE = "whatYouMake";
    public static final String SAFETY_NOTES = "safetyNotes";
    public static final String DESCRIPTION = "description";

    /** Shorter than this is a demonstration, not a course a pupil takes part in. */
    public static final int MIN_DURATION_MINUTES = 15;

    public static final ContentSchema SCHEMA = new ContentSchema(ContentType.EXPERIENCE_COURSE, List.of(
            FieldDef.reference(CENTRE, ContentType.EXPERIENCE_CENTRE).asRequired(),
            FieldDef.choice(INTEREST_AREA, InterestArea.class).asRequired(),
            FieldDef.fact(FOR_PRIMARY, FieldKind.BOOLEAN, 5),
            FieldDef.fact(FOR_JUNIOR_MIDDLE, FieldKind.BOOLEAN, 5),
            FieldDef.fact(FOR_SENIOR_MIDDLE, FieldKind.BOOLEAN, 5),
            // four digits: a day's course at most, and always within the INTEGER column
            FieldDef.fact(DURATION_MINUTES, FieldKind.INTEGER, 4),
            FieldDef.fact(FEATURED, FieldKind.BOOLEAN, 5),
            FieldDef.text(ContentSchema.TITLE, 200).asRequired(),
            FieldDef.text(SUMMARY, 1000),
            FieldDef.longText(WHAT_YOU_MAKE, 4000),
            FieldDef.longText(SAFETY_NOTES, 4000),
            FieldDef.richText(DESCRIPTION, 50000)),
            List.of(ExperienceCourseProjection::checkGrades,
                    DraftRule.atLeast(DURATION_MINUTES, MIN_DURATION_MINUTES)));

    public ExperienceCourseProjection() {
        super(SCHEMA, ExperienceCourse.class, ExperienceCourse::new, ExperienceCourseProjection::text);
    }

    @Override
    protected void writeFacts(EntityManager em, ExperienceCourse course, ContentDraft draft) {
        course.setCentreId(DraftValues.reference(draft, CENTRE));
        course.setInterestArea(DraftValues.choice(draft, INTEREST_AREA, InterestArea.class));
        course.setGrades(DraftValues.flag(draft, FOR_PRIMARY), DraftValues.flag(draft, FOR_JUNIOR_MIDDLE),
                DraftValues.flag(draft, FOR_SENIOR_MIDDLE));
        course.setDurationMinutes(DraftValues.integer(draft, DURATION_MINUTES));
        course.setFeatured(DraftValues.flag(draft, FEATURED));
    }

    /** At least one school stage; reported on the first box, where the editor's eye starts. */
    private static List<Violation> checkGrades(ContentDraft draft) {
        boolean anyStage = "true".equals(draft.field(FOR_PRIMARY))
                || "true".equals(draft.field(FOR_JUNIOR_MIDDLE))
                || "true".equals(draft.field(FOR_SENIOR_MIDDLE));
        return anyStage ? List.of() : List.of(Violation.of(FOR_PRIMARY, "content.course.gradesRequired"));
    }

    private static ExperienceCourseText text(Map<String, String> values, String slug) {
        return new ExperienceCourseText(values.get(ContentSchema.TITLE), slug, values.get(SUMMARY),
                values.get(WHAT_YOU_MAKE), values.get(SAFETY_NOTES), values.get(DESCRIPTION));
    }
}
