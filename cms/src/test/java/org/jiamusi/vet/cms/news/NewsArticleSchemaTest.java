package org.jiamusi.vet.cms.news;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.Violation;
import org.jiamusi.vet.cms.testing.NewsArticles;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NewsArticleSchemaTest {

    private static final long IMAGE_ID = 201;
    private static final long INSTITUTION_ID = 51;

    private static List<Violation> violations(ContentDraft draft) {
        return NewsArticleProjection.SCHEMA.validate(draft);
    }

    @Test
    void completeDraftHasNoViolations() {
        assertThat(violations(NewsArticles.openDayReport(IMAGE_ID, INSTITUTION_ID).build())).isEmpty();
    }

    @Test
    void draftWithoutChineseTitleIsRefused() {
        ContentDraft untitled = NewsArticles.openDayReport(IMAGE_ID, INSTITUTION_ID).text(Language.ZH, ContentSchema.TITLE, null).build();

        assertThat(violations(untitled)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(ContentSchema.TITLE, "content.field.sourceRequired"));
    }

    @Test
    void translationWithoutItsTitleIsRefused() {
        ContentDraft headless = NewsArticles.openDayReport(IMAGE_ID, INSTITUTION_ID).text(Language.RU, ContentSchema.TITLE, null).build();

        assertThat(violations(headless)).extracting(Violation::field, Violation::language, Violation::messageKey)
                .containsExactly(tuple(ContentSchema.TITLE, Language.RU, "content.field.required"));
    }

    @Test
    void dateIsRequired() {
        ContentDraft undated = NewsArticles.openDayReport(IMAGE_ID, INSTITUTION_ID).field(NewsArticleProjection.PUBLISHED_ON, null).build();

        assertThat(violations(undated)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(NewsArticleProjection.PUBLISHED_ON, "content.field.required"));
    }

    @Test
    void dateInChineseFormIsRefused() {
        ContentDraft chineseDate = NewsArticles.openDayReport(IMAGE_ID, INSTITUTION_ID)
                .field(NewsArticleProjection.PUBLISHED_ON, "2026年5月18日").build();

        assertThat(violations(chineseDate)).extracting(Violation::messageKey).containsExactly("content.field.invalid.date");
    }
}
