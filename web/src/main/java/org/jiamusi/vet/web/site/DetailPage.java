package org.jiamusi.vet.web.site;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.content.PublicEntry;
import org.jiamusi.vet.cms.content.PublicItems;
import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The first step of a page about one item: find the published item the address names for the
 * reader, answer 404 when there is none and 301 when the reader should see it under another slug,
 * and give the language switcher each language's address of the item.
 */
final class DetailPage {

    private DetailPage() {
    }

    /** The item's id, or empty when the response has been completed (not found, or redirected). */
    static Optional<Long> resolve(PublicItems items, CurrentPage page, Section section) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        PublicEntry item = items.findForReader(section.contentType(), section.entity(), page.getLanguage(), page.route().slug()).orElse(null);
        Map<Language, PublicText> texts = item == null ? Map.of() : item.texts();
        if (texts.isEmpty()) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return Optional.empty();
        }
        PublicText shown = LocalizedText.pick(texts, page.getLanguage()).text();
        if (!shown.slug().equals(page.route().slug())) {
            external.setResponseStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            external.setResponseHeader("Location", page.path(section.pathOf(shown.slug())));
            faces.responseComplete();
            return Optional.empty();
        }
        for (Language language : Language.values()) {
            page.alternate(language, section.pathOf(LocalizedText.pick(texts, language).text().slug()));
        }
        return Optional.of(item.id());
    }
}
