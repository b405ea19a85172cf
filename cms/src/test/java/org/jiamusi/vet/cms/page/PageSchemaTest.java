package org.jiamusi.vet.cms.page;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.Violation;
import org.jiamusi.vet.cms.testing.Pages;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PageSchemaTest {

    private static List<Violation> violations(ContentDraft draft) {
        return PageProjection.SCHEMA.validate(draft);
    }

    @Test
    void completeDraftHasNoViolations() {
        assertThat(violations(Pages.plan().build())).isEmpty();
    }

    @Test
    void draftWithoutChineseTitleIsRefused() {
        ContentDraft untitled = Pages.plan().text(Language.ZH, ContentSchema.TITLE, null).build();

        assertThat(violations(untitled)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(ContentSchema.TITLE, "content.field.sourceRequired"));
    }

    @Test
    void bodyAsLongAsAWholePolicyDocumentIsAccepted() {
        ContentDraft wholePlan = Pages.plan().text(Language.ZH, PageProjection.BODY, "规".repeat(PageText.BODY_MAX)).build();

        assertThat(violations(wholePlan)).isEmpty();
    }

    @Test
    void bodyBeyondItsLimitIsRefused() {
        ContentDraft tooLong = Pages.plan().text(Language.ZH, PageProjection.BODY, "规".repeat(PageText.BODY_MAX + 1)).build();

        assertThat(violations(tooLong)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(PageProjection.BODY, "content.field.tooLong"));
    }
}
