package org.jiamusi.vet.cms.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.DraftValues;
import org.jiamusi.vet.cms.content.EntityProjection;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.cms.content.FieldKind;

import java.util.List;
import java.util.Map;

/** The fields of a news article's drafts and their publication as a {@link NewsArticle}. */
@ApplicationScoped
public class NewsArticleProjection extends EntityProjection<NewsArticle, NewsArticleText> {

    public static final String PUBLISHED_ON = "publishedOn";
    public static final String IMAGE = "image";
    public static final String INSTITUTION = "institution";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";

    public static final ContentSchema SCHEMA = new ContentSchema(ContentType.NEWS_ARTICLE, List.of(
            FieldDef.fact(PUBLISHED_ON, FieldKind.DATE, 10).asRequired(),
            FieldDef.reference(IMAGE, ContentType.MEDIA_ITEM),
            FieldDef.reference(INSTITUTION, ContentType.INSTITUTION),
            FieldDef.text(ContentSchema.TITLE, 200).asRequired(),
            FieldDef.text(SUMMARY, 1000),
            FieldDef.richText(BODY, 50000)));

    public NewsArticleProjection() {
        super(SCHEMA, NewsArticle.class, NewsArticle::new, NewsArticleProjection::text);
    }

    @Override
    protected void writeFacts(EntityManager em, NewsArticle article, ContentDraft draft) {
        article.setPublishedOn(DraftValues.date(draft, PUBLISHED_ON));
        article.setImageId(DraftValues.reference(draft, IMAGE));
        article.setInstitutionId(DraftValues.reference(draft, INSTITUTION));
    }

    private static NewsArticleText text(Map<String, String> values, String slug) {
        return new NewsArticleText(values.get(ContentSchema.TITLE), slug, values.get(SUMMARY), values.get(BODY));
    }
}
