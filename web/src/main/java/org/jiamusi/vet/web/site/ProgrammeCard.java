package org.jiamusi.vet.web.site;

import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.programme.Programme;
import org.jiamusi.vet.cms.programme.ProgrammeText;
import org.jiamusi.vet.i18n.Language;

/**
 * A programme as a list or a search result shows it. {@code lang} is the language the text is
 * really in, which the page puts in a {@code lang} attribute when it is a fallback.
 */
public record ProgrammeCard(String title, String summary, String institution, String level, String url,
                            String lang, boolean fallback) {

    static ProgrammeCard of(Programme programme, CurrentPage page) {
        Language reader = page.getLanguage();
        LocalizedText<ProgrammeText> shown = programme.textFor(reader);
        return new ProgrammeCard(shown.text().getTitle(), shown.text().getSummary(), shown.text().getInstitution(),
                programme.getLevel().name(), page.path("/programmes/" + programme.slugFor(reader)),
                shown.language().code(), shown.isFallbackFor(reader));
    }
}
