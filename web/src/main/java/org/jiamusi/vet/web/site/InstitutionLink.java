package org.jiamusi.vet.web.site;

import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.institution.Institution;
import org.jiamusi.vet.cms.institution.InstitutionText;
import org.jiamusi.vet.i18n.Language;

/**
 * An institution's name and page as a programme page links to it: in the reader's language, else
 * the first of their fallback chain, with {@code lang} set to the language the name is really in.
 */
public record InstitutionLink(String name, String url, String lang, boolean fallback, String district, String honours) {

    static InstitutionLink of(Institution institution, CurrentPage page) {
        Language reader = page.getLanguage();
        LocalizedText<InstitutionText> shown = LocalizedText.pick(institution.getTexts(), reader);
        InstitutionText text = shown.text();
        return text == null ? null : new InstitutionLink(text.getTitle(), page.path("/institutions/" + text.getSlug()),
                shown.language().code(), shown.fallback(), institution.getDistrict() == null ? null : institution.getDistrict().name(),
                text.getHonours());
    }
}
