package org.jiamusi.vet.cms.page;

import org.jiamusi.vet.cms.content.ContentSchemaContract;
import org.jiamusi.vet.cms.testing.Pages;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

/** What a page's draft must be to be saved: room for a whole policy document, and no more. */
class PageSchemaTest extends ContentSchemaContract {

    PageSchemaTest() {
        super(PageProjection.SCHEMA, Shown.ON_OWN_PAGES, Pages::plan, PageProjection.KIND);
    }

    @Test
    void bodyAsLongAsAWholePolicyDocumentIsAccepted() {
        assertAccepted(draft().text(Language.ZH, PageProjection.BODY, "规".repeat(PageText.BODY_MAX)));
    }

    @Test
    void bodyBeyondItsLimitIsRefused() {
        assertRefused(draft().text(Language.ZH, PageProjection.BODY, "规".repeat(PageText.BODY_MAX + 1)),
                PageProjection.BODY, "content.field.tooLong");
    }
}
