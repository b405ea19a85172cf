package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.content.PublicItems;
import org.jiamusi.vet.cms.page.PageService;
import org.jiamusi.vet.cms.page.PageText;
import org.jiamusi.vet.cms.page.PublishedPage;
import org.jiamusi.vet.web.infra.Section;

import java.io.IOException;

/**
 * {@code /{lang}/pages/{slug}}: a page such as "about" or the city's plan, with its headings, lists
 * and paragraphs as the editor wrote them (cleaned when saved, by the cms's {@code RichText}), in
 * the reader's language or the fallback's, with a notice.
 */
@Named
@RequestScoped
public class PageView {

    @Inject
    PublicItems items;

    @Inject
    PageService pages;

    @Inject
    CurrentPage page;

    private LocalizedText<PageText> shown;

    public void load() throws IOException {
        PublishedPage found = DetailPage.resolve(items, page, Section.PAGE).flatMap(pages::find).orElse(null);
        if (found != null) {
            shown = found.textFor(page.getLanguage());
        }
    }

    public String getTitle() {
        return shown == null ? "" : shown.text().getTitle();
    }

    public String getSummary() {
        return shown == null ? "" : shown.text().getSummary();
    }

    /** The body as stored: the cms sanitises rich text on every save, so it is safe HTML. */
    public String getBody() {
        return shown == null || shown.text().getBody() == null ? "" : shown.text().getBody();
    }

    public boolean isFallback() {
        return shown != null && shown.fallback();
    }

    /** The language of the text shown: set only when it is not the page's. */
    public String getTextLang() {
        return shown == null ? null : shown.lang();
    }

    public String getShownLanguage() {
        return shown == null ? null : shown.language().code();
    }
}
