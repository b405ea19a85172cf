package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.content.PublicItems;
import org.jiamusi.vet.cms.page.Page;
import org.jiamusi.vet.cms.page.PageText;
import org.jiamusi.vet.i18n.Language;

import java.io.IOException;

/**
 * {@code /{lang}/pages/{slug}}: a page such as "about" or the city's plan, with its headings, lists
 * and paragraphs as the editor wrote them (cleaned by {@link RichText}), in the reader's language
 * or the fallback's, with a notice.
 */
@Named
@RequestScoped
public class PageView {

    @Inject
    PublicItems items;

    @Inject
    CurrentPage page;

    private LocalizedText<PageText> shown;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Page found = items.findForReader(ContentType.PAGE, Page.class, page.getLanguage(), page.route().slug()).orElse(null);
        if (found == null) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        shown = LocalizedText.pick(found.getTexts(), page.getLanguage());
        if (!shown.text().getSlug().equals(page.route().slug())) {
            external.setResponseStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            external.setResponseHeader("Location", page.path("/pages/" + shown.text().getSlug()));
            faces.responseComplete();
            return;
        }
        for (Language language : Language.values()) {
            page.alternate(language, "/pages/" + LocalizedText.pick(found.getTexts(), language).text().getSlug());
        }
    }

    public String getTitle() {
        return shown == null ? "" : shown.text().getTitle();
    }

    public String getSummary() {
        return shown == null ? "" : shown.text().getSummary();
    }

    /** The body as safe HTML. */
    public String getBody() {
        return shown == null ? "" : RichText.clean(shown.text().getBody());
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
