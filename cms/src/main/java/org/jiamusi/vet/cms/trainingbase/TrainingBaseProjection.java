package org.jiamusi.vet.cms.trainingbase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentProjection;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.DraftValues;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.cms.institution.District;
import org.jiamusi.vet.i18n.Language;

import java.util.List;
import java.util.Map;

/** The fields of a training base's drafts and their publication as a {@link TrainingBase}. */
@ApplicationScoped
public class TrainingBaseProjection implements ContentProjection {

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

    @Override
    public ContentSchema schema() {
        return SCHEMA;
    }

    @Override
    public void publish(EntityManager em, ContentItem item, ContentDraft draft, Map<Language, String> slugs) {
        TrainingBase base = em.find(TrainingBase.class, item.getId());
        boolean firstPublication = base == null;
        if (firstPublication) {
            base = new TrainingBase(item.getId());
        }
        base.setKind(DraftValues.choice(draft, KIND, TrainingBaseKind.class));
        base.setInstitutionId(DraftValues.reference(draft, INSTITUTION));
        base.setDistrict(DraftValues.choice(draft, DISTRICT, District.class));
        base.replaceTexts(DraftValues.texts(draft, slugs, TrainingBaseProjection::text));
        if (firstPublication) {
            // persisted once complete: Hibernate checks the required columns when it is persisted
            em.persist(base);
        }
    }

    @Override
    public void withdraw(EntityManager em, ContentItem item) {
        TrainingBase base = em.find(TrainingBase.class, item.getId());
        if (base != null) {
            em.remove(base);
        }
    }

    private static TrainingBaseText text(Map<String, String> values, String slug) {
        return new TrainingBaseText(values.get(ContentSchema.TITLE), slug, values.get(SUMMARY),
                values.get(DESCRIPTION), values.get(ADDRESS));
    }
}
