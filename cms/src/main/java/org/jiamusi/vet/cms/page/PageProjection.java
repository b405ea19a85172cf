package org.jiamusi.vet.cms.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.DraftValues;
import org.jiamusi.vet.cms.content.EntityProjection;
import org.jiamusi.vet.cms.content.FieldDef;

import java.util.List;
import java.util.Map;

/** The fields of a page's drafts and their publication as a {@link Page}. */
@ApplicationScoped
public class PageProjection extends EntityProjection<Page, PageText> {

    public static final String KIND = "kind";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";

    public static final ContentSchema SCHEMA = new ContentSchema(ContentType.PAGE, List.of(
            FieldDef.choice(KIND, PageKind.class).asRequired(),
            FieldDef.text(ContentSchema.TITLE, 200).asRequired(),
            FieldDef.text(SUMMARY, 1000),
            FieldDef.richText(BODY, PageText.BODY_MAX)));

    public PageProjection() {
        super(SCHEMA, Page.class, Page::new, PageProjection::text);
    }

    @Override
    protected void writeFacts(EntityManager em, Page page, ContentDraft draft) {
        page.setKind(DraftValues.choice(draft, KIND, PageKind.class));
    }

    private static PageText text(Map<String, String> values, String slug) {
        return new PageText(values.get(ContentSchema.TITLE), slug, values.get(SUMMARY), values.get(BODY));
    }
}
