package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.programme.Programme;
import org.jiamusi.vet.cms.programme.ProgrammeService;
import org.jiamusi.vet.cms.programme.ProgrammeText;
import org.jiamusi.vet.i18n.Language;

import java.io.IOException;

/**
 * {@code /{lang}/programmes/{slug}}: one programme in the reader's language, or in the language the
 * fallback chain finds, with a notice. The language switcher leads to the same programme under its
 * slug in each language.
 */
@Named
@RequestScoped
public class ProgrammeView {

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentPage page;

    private Programme programme;
    private LocalizedText<ProgrammeText> shown;

    /** Loads the programme of the URL's slug before rendering; answers 404 when there is none. */
    public void load() throws IOException {
        programme = programmes.findBySlug(page.getLanguage(), page.route().slug()).orElse(null);
        if (programme == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        shown = programme.textFor(page.getLanguage());
        programme.getTexts().forEach((language, text) -> page.alternate(language, "/programmes/" + text.getSlug()));
        // A language without a translation still has a page: the fallback text under the source slug.
        ProgrammeText source = programme.textFor(Language.SOURCE).text();
        for (Language language : Language.values()) {
            if (programme.text(language).isEmpty()) {
                page.alternate(language, "/programmes/" + source.getSlug());
            }
        }
    }

    public Programme getProgramme() {
        return programme;
    }

    public ProgrammeText getText() {
        return shown.text();
    }

    public String getTextLang() {
        return shown.language().code();
    }

    public boolean isFallback() {
        return shown.isFallbackFor(page.getLanguage());
    }
}
