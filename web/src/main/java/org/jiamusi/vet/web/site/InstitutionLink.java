package org.jiamusi.vet.web.site;

import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.institution.InstitutionText;
import org.jiamusi.vet.cms.institution.PublishedInstitution;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

/**
 * An institution's name and page as a programme page links to it: in the reader's language, else
 * the first of their fallback chain, with {@code lang} set to the language the name is really in.
 */
public record InstitutionLink(String name, String url, String lang, boolean fallback, String district, String honours) {

    static InstitutionLink of(PublishedInstitution institution, CurrentPage page) {
        Language reader = page.getLanguage();
        LocalizedText<InstitutionText> shown = institution.textFor(reader);
        InstitutionText text = shown.text();
        return text == null ? null : new InstitutionLink(text.getTitle(), page.path(Section.INSTITUTION.pathOf(text.getSlug())),
                shown.language().code(), shown.fallback(), institution.district() == null ? null : institution.district().name(),
                text.getHonours());
    }
}
