package org.jiamusi.vet.cms.institution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.Coordinates;
import org.jiamusi.vet.cms.content.DraftValues;
import org.jiamusi.vet.cms.content.EntityProjection;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.cms.content.FieldKind;

import java.util.List;
import java.util.Map;

/**
 * The fields of an institution's drafts and their publication as an {@link Institution}: the draft
 * keys are declared here, next to the one place that reads them.
 */
@ApplicationScoped
public class InstitutionProjection extends EntityProjection<Institution, InstitutionText> {

    public static final String KIND = "kind";
    public static final String DISTRICT = "district";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String WEBSITE = "website";
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String ADDRESS = "address";
    public static final String HONOURS = "honours";

    public static final ContentSchema SCHEMA = new ContentSchema(ContentType.INSTITUTION, List.of(
            FieldDef.choice(KIND, InstitutionKind.class).asRequired(),
            FieldDef.choice(DISTRICT, District.class).asRequired(),
            Coordinates.latitude(),
            Coordinates.longitude(),
            FieldDef.fact(PHONE, FieldKind.PHONE, 30),
            FieldDef.fact(EMAIL, FieldKind.EMAIL, 254),
            FieldDef.fact(WEBSITE, FieldKind.URL, 500),
            FieldDef.text(ContentSchema.TITLE, 200).asRequired(),
            FieldDef.text(SUMMARY, 1000),
            FieldDef.richText(DESCRIPTION, 50000),
            FieldDef.text(ADDRESS, 300),
            FieldDef.longText(HONOURS, 4000)),
            List.of(Coordinates.rule()));

    public InstitutionProjection() {
        super(SCHEMA, Institution.class, Institution::new, InstitutionProjection::text);
    }

    @Override
    protected void writeFacts(EntityManager em, Institution institution, ContentDraft draft) {
        institution.setKind(DraftValues.choice(draft, KIND, InstitutionKind.class));
        institution.setDistrict(DraftValues.choice(draft, DISTRICT, District.class));
        institution.setCoordinates(DraftValues.decimal(draft, Coordinates.LATITUDE), DraftValues.decimal(draft, Coordinates.LONGITUDE));
        institution.setContact(draft.field(PHONE), draft.field(EMAIL), draft.field(WEBSITE));
    }

    private static InstitutionText text(Map<String, String> values, String slug) {
        return new InstitutionText(values.get(ContentSchema.TITLE), slug, values.get(SUMMARY),
                values.get(DESCRIPTION), values.get(ADDRESS), values.get(HONOURS));
    }
}
