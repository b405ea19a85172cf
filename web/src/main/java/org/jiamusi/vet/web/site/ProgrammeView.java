package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.programme.ProgrammeService;
import org.jiamusi.vet.cms.programme.ProgrammeText;
import org.jiamusi.vet.cms.programme.PublishedProgramme;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

import java.io.IOException;
import java.util.List;

/**
 * {@code /{lang}/programmes/{slug}}: one programme in the reader's language, or in the language the
 * fallback chain finds, with a notice. An old slug, or another language's slug, answers 301 with the
 * programme's address for this reader; the language switcher leads to the same programme in each
 * language, so it never leads to a dead page.
 */
@Named
@RequestScoped
public class ProgrammeView {

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentPage page;

    private PublishedProgramme programme;
    private LocalizedText<ProgrammeText> shown;
    private InstitutionLink institution;

    /** Loads the programme of the URL's slug before rendering. */
    public void load() throws IOException {
        Language reader = page.getLanguage();
        String slug = page.route().slug();
        programme = programmes.findForReader(reader, slug).orElse(null);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (programme == null) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        String canonical = programme.slugFor(reader);
        if (!canonical.equals(slug)) {
            external.setResponseStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            external.setResponseHeader("Location", page.path(Section.PROGRAMME.pathOf(canonical)));
            faces.responseComplete();
            return;
        }
        shown = programme.textFor(reader);
        institution = programmes.offeredBy(programme).map(offeredBy -> InstitutionLink.of(offeredBy, page)).orElse(null);
        for (Language language : Language.values()) {
            page.alternate(language, Section.PROGRAMME.pathOf(programme.slugFor(language)));
        }
    }

    /** schema.org EducationalOccupationalProgram of the programme. */
    public String getJsonLd() {
        ProgrammeText text = shown.text();
        var json = StructuredData.thing("EducationalOccupationalProgram", text.getTitle(), text.getSummary(),
                page.getCanonical(), shown.language().code());
        if (text.getInstitution() != null) {
            json.add("provider", jakarta.json.Json.createObjectBuilder()
                    .add("@type", "EducationalOrganization").add("name", text.getInstitution()));
        }
        if (programme.durationYears() != null) {
            json.add("timeToComplete", "P" + programme.durationYears() + "Y");
        }
        if (text.getCareers() != null) {
            json.add("occupationalCategory", text.getCareers());
        }
        return StructuredData.script(json);
    }

    /** The offering institution's name and page, or {@code null} when it has none published (the text's name is shown). */
    public InstitutionLink getInstitution() {
        return institution;
    }

    /** The through-training routes with this programme's level and route marked. */
    public PathwayDiagram getDiagram() {
        return PathwayDiagram.of(programme.level(), programme.pathway());
    }

    /** The programme list with this programme already ticked for comparison. */
    public String getCompareLink() {
        return page.path(Section.PROGRAMME.listPath()) + "?" + CompareSelection.parameter(List.of(programme.slugFor(page.getLanguage())));
    }

    public PublishedProgramme getProgramme() {
        return programme;
    }

    public ProgrammeText getText() {
        return shown.text();
    }

    public String getTextLang() {
        return shown.language().code();
    }

    public boolean isFallback() {
        return shown.fallback();
    }
}
