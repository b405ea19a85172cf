package org.jiamusi.vet.cms.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.DraftValues;
import org.jiamusi.vet.cms.content.EntityProjection;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.cms.content.FieldKind;
import org.jiamusi.vet.cms.content.Violation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a cooperation project's drafts and their publication as a
 * {@link CooperationProject}. The partner country is an ISO 3166-1 alpha-2 code, so that the site
 * can name the country in each reader's language instead of storing three spellings of it.
 */
@ApplicationScoped
public class CooperationProjectProjection extends EntityProjection<CooperationProject, CooperationProjectText> {

    public static final String KIND = "kind";
    public static final String PARTNER_COUNTRY = "partnerCountry";
    public static final String INSTITUTIONS = "institutions";
    public static final String START_YEAR = "startYear";
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String PARTNER = "partner";

    /** The codes the JDK knows: a well-formed code that names no country, such as XY, is refused too. */
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public static final ContentSchema SCHEMA = new ContentSchema(ContentType.COOPERATION_PROJECT, List.of(
            FieldDef.choice(KIND, CooperationKind.class).asRequired(),
            FieldDef.fact(PARTNER_COUNTRY, FieldKind.TEXT, 2),
            FieldDef.references(INSTITUTIONS, ContentType.INSTITUTION),
            // four digits: a year, and always within the INTEGER column
            FieldDef.fact(START_YEAR, FieldKind.INTEGER, 4),
            FieldDef.text(ContentSchema.TITLE, 200).asRequired(),
            FieldDef.text(SUMMARY, 1000),
            FieldDef.richText(DESCRIPTION, 50000),
            FieldDef.text(PARTNER, 300)),
            List.of(CooperationProjectProjection::checkCountry));

    public CooperationProjectProjection() {
        super(SCHEMA, CooperationProject.class, CooperationProject::new, CooperationProjectProjection::text);
    }

    @Override
    protected void writeFacts(EntityManager em, CooperationProject project, ContentDraft draft) {
        project.setKind(DraftValues.choice(draft, KIND, CooperationKind.class));
        project.setPartnerCountry(draft.field(PARTNER_COUNTRY));
        project.setInstitutionIds(DraftValues.references(draft, INSTITUTIONS));
        project.setStartYear(DraftValues.integer(draft, START_YEAR));
    }

    private static List<Violation> checkCountry(ContentDraft draft) {
        String country = draft.field(PARTNER_COUNTRY);
        if (country == null || country.length() > 2) {
            return List.of(); // absent, or reported as too long by the schema
        }
        return country.matches("[A-Z]{2}") && COUNTRIES.contains(country)
                ? List.of()
                : List.of(Violation.of(PARTNER_COUNTRY, "content.field.invalid.country"));
    }

    private static CooperationProjectText text(Map<String, String> values, String slug) {
        return new CooperationProjectText(values.get(ContentSchema.TITLE), slug, values.get(SUMMARY),
                values.get(DESCRIPTION), values.get(PARTNER));
    }
}
