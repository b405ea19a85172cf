package org.jiamusi.vet.cms.trainingbase;

import org.jiamusi.vet.cms.content.PlaceText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.DraftValues;
import org.jiamusi.vet.cms.content.EntityProjection;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.cms.institution.District;

import java.util.List;
import java.util.Map;

/** The fields of a training base's drafts and their publication as a {@link TrainingBase}. */
@ApplicationScoped
public class TrainingBaseProjection extends EntityProjection<TrainingBase, PlaceText> {

    public static final String KIND = "kind";
    public static final String INSTITUTION = "institution";
    public static final String DISTRICT = "district";
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String ADDRESS = "address";

    public static final ContentSchema SCHEMA = new ContentSchema(ContentType.TRAINING_BASE, List.of(
            FieldDef.choice(KIND, TrainingBaseKind.class).asRequired(),
            FieldDef.reference(INSTITUTION, ContentType.INSTITUTION),
            FieldDef.choice(DISTRICT, District.class),
            FieldDef.text(ContentSchema.TITLE, 200).asRequired(),
            FieldDef.text(SUMMARY, 1000),
            FieldDef.richText(DESCRIPTION, 50000),
            FieldDef.text(ADDRESS, 300)));

    public TrainingBaseProjection() {
        super(SCHEMA, TrainingBase.class, TrainingBase::new, TrainingBaseProjection::text);
    }

    @Override
    protected void writeFacts(EntityManager em, TrainingBase base, ContentDraft draft) {
        base.setKind(DraftValues.choice(draft, KIND, TrainingBaseKind.class));
        base.setInstitutionId(DraftValues.reference(draft, INSTITUTION));
        base.setDistrict(DraftValues.choice(draft, DISTRICT, District.class));
    }

    private static PlaceText text(Map<String, String> values, String slug) {
        return new PlaceText(values.get(ContentSchema.TITLE), slug, values.get(SUMMARY),
                values.get(DESCRIPTION), values.get(ADDRESS));
    }
}
