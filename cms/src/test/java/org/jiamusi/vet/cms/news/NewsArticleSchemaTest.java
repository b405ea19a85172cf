package org.jiamusi.vet.cms.news;

import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentSchemaContract;
import org.jiamusi.vet.cms.content.Violation;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.cms.testing.NewsArticles;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What a news article's draft must be to be saved: a title in every language it is written in, a date in ISO form. */
class NewsArticleSchemaTest extends ContentSchemaContract {

    private static final long IMAGE_ID = 201;
    private static final long INSTITUTION_ID = 51;

    NewsArticleSchemaTest() {
        super(NewsArticleProjection.SCHEMA, Shown.ON_OWN_PAGES, () -> NewsArticles.openDayReport(IMAGE_ID, INSTITUTION_ID),
                NewsArticleProjection.PUBLISHED_ON);
    }

    @Test
    void translationWithoutItsTitleIsRefused() {
        DraftBuilder headless = draft().text(Language.RU, ContentSchema.TITLE, null);

        assertThat(violations(headless)).extracting(Violation::field, Violation::language, Violation::messageKey)
                .containsExactly(tuple(ContentSchema.TITLE, Language.RU, "content.field.required"));
    }

    @Test
    void dateInChineseFormIsRefused() {
        assertRefused(draft().field(NewsArticleProjection.PUBLISHED_ON, "2026年5月18日"),
                NewsArticleProjection.PUBLISHED_ON, "content.field.invalid.date");
    }
}
