package org.jiamusi.vet.cms.experience;

import org.jiamusi.vet.cms.content.PlaceText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.Coordinates;
import org.jiamusi.vet.cms.content.DraftValues;
import org.jiamusi.vet.cms.content.EntityProjection;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.cms.institution.District;

import java.util.List;
import java.util.Map;

/** The fields of a career-experience centre's drafts and their publication as an {@link ExperienceCentre}. */
@ApplicationScoped
public class ExperienceCentreProjection extends EntityProjection<ExperienceCentre, PlaceText> {

    public static final String INSTITUTION = "institution";
    public static final String DISTRICT = "district";
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String ADDRESS = "address";

    public static final ContentSchema SCHEMA = new ContentSchema(ContentType.EXPERIENCE_CENTRE, List.of(
            FieldDef.reference(INSTITUTION, ContentType.INSTITUTION),
            FieldDef.choice(DISTRICT, District.class),
            Coordinates.latitude(),
            Coordinates.longitude(),
            FieldDef.text(ContentSchema.TITLE, 200).asRequired(),
            FieldDef.text(SUMMARY, 1000),
            FieldDef.richText(DESCRIPTION, 50000),
            FieldDef.text(ADDRESS, 300)),
            List.of(Coordinates.rule()));

    public ExperienceCentreProjection() {
        super(SCHEMA, ExperienceCentre.class, ExperienceCentre::new, ExperienceCentreProjection::text);
    }

    @Override
    protected void writeFacts(EntityManager em, ExperienceCentre centre, ContentDraft draft) {
        centre.setInstitutionId(DraftValues.reference(draft, INSTITUTION));
        centre.setDistrict(DraftValues.choice(draft, DISTRICT, District.class));
        centre.setCoordinates(DraftValues.decimal(draft, Coordinates.LATITUDE), DraftValues.decimal(draft, Coordinates.LONGITUDE));
    }

    private static PlaceText text(Map<String, String> values, String slug) {
        return new PlaceText(values.get(ContentSchema.TITLE), slug, values.get(SUMMARY),
                values.get(DESCRIPTION), values.get(ADDRESS));
    }
}
