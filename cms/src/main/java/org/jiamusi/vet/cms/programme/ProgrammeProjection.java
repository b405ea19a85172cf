package org.jiamusi.vet.cms.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.DraftRule;
import org.jiamusi.vet.cms.content.EntityProjection;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.cms.content.FieldKind;
import org.jiamusi.vet.cms.institution.Institution;
import org.jiamusi.vet.i18n.Language;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Programmes: their fields, and the published {@link Programme} written from a revision. */
@ApplicationScoped
public class ProgrammeProjection extends EntityProjection<Programme, ProgrammeText> {

    public static final ContentSchema SCHEMA = new ContentSchema(ContentType.PROGRAMME, List.of(
            FieldDef.fact("code", FieldKind.TEXT, 20),
            FieldDef.choice("level", Level.class).asRequired(),
            FieldDef.choice("pathway", Pathway.class),
            FieldDef.fact("durationYears", FieldKind.INTEGER, 2),
            FieldDef.reference("institution", ContentType.INSTITUTION),
            FieldDef.fact("featured", FieldKind.BOOLEAN, 5),
            FieldDef.text(ContentSchema.TITLE, 200).asRequired(),
            FieldDef.text("institutionName", 200),
            FieldDef.longText("summary", 1000),
            FieldDef.longText("description", 10000),
            FieldDef.longText("careers", 2000),
            FieldDef.text("cluster", 200),
            FieldDef.longText("certificates", 2000),
            FieldDef.longText("admission", 2000),
            FieldDef.longText("honours", 2000)),
            List.of(DraftRule.atLeast("durationYears", 1)));

    public ProgrammeProjection() {
        super(SCHEMA, Programme.class, Programme::new, ProgrammeProjection::text);
    }

    @Override
    protected void writeFacts(EntityManager em, Programme programme, ContentDraft draft) {
        String pathway = draft.field("pathway");
        String duration = draft.field("durationYears");
        String institution = draft.field("institution");
        programme.setFacts(draft.field("code"), Level.valueOf(draft.field("level")),
                pathway == null ? Pathway.NONE : Pathway.valueOf(pathway),
                duration == null ? null : Integer.valueOf(duration),
                institution == null ? null : Long.valueOf(institution));
        programme.setFeatured("true".equals(draft.field("featured")));
        programme.setCluster(draft.text(Language.SOURCE, "cluster"));
        Institution offeredBy = programme.getInstitutionId() == null ? null : em.find(Institution.class, programme.getInstitutionId());
        programme.setDistrict(offeredBy == null ? null : offeredBy.getDistrict());
    }

    /** Every language the draft has, with its slug if it has one: a programme's text is kept even before it has a title there. */
    @Override
    protected Map<Language, ProgrammeText> texts(ContentDraft draft, Map<Language, String> slugs) {
        Map<Language, ProgrammeText> texts = new EnumMap<>(Language.class);
        for (Map.Entry<Language, Map<String, String>> entry : draft.texts().entrySet()) {
            texts.put(entry.getKey(), text(entry.getValue(), slugs.get(entry.getKey())));
        }
        return texts;
    }

    private static ProgrammeText text(Map<String, String> t, String slug) {
        return new ProgrammeText(t.get(ContentSchema.TITLE), slug,
                t.get("institutionName"), t.get("summary"), t.get("description"), t.get("careers"),
                t.get("cluster"), t.get("certificates"), t.get("admission"), t.get("honours"));
    }
}
