package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.programme.ProgrammeService;
import org.jiamusi.vet.cms.programme.ProgrammeText;
import org.jiamusi.vet.cms.programme.PublishedProgramme;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /{lang}/programmes/compare?p=slug1,slug2}: up to three programmes side by side, row by
 * row (level, institution, county, pathway, duration, admission, certificates, careers). The
 * choice is the address alone, so it can be bookmarked or sent to a partner in another language:
 * a slug of any language is understood. A fourth programme, or a slug that names none, is not an
 * error: the page says which were left out and why, and compares the rest.
 */
@Named
@RequestScoped
public class ProgrammeCompareView {

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentPage page;

    @Inject
    HttpServletRequest request;

    private final List<Column> columns = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    private final List<Column> refused = new ArrayList<>();

    /** Before rendering: reads the choice and sets the same comparison's address in every language. */
    public void load() {
        Language reader = page.getLanguage();
        Set<Long> seen = new HashSet<>();
        List<PublishedProgramme> compared = new ArrayList<>();
        for (String value : CompareSelection.read(request)) {
            PublishedProgramme programme = CompareSelection.isSlug(value) ? programmes.findForReader(reader, value).orElse(null) : null;
            if (programme == null) {
                unknown.add(value);
            } else if (seen.add(programme.id())) {
                if (compared.size() < CompareSelection.MAX) {
                    compared.add(programme);
                } else {
                    refused.add(column(programme, List.of()));
                }
            }
        }
        for (PublishedProgramme programme : compared) {
            columns.add(column(programme, compared));
        }
        for (Language language : Language.values()) {
            page.alternate(language, "/programmes/compare" + query(compared.stream().map(p -> p.slugFor(language)).toList()));
        }
    }

    private Column column(PublishedProgramme programme, List<PublishedProgramme> compared) {
        Language reader = page.getLanguage();
        LocalizedText<ProgrammeText> shown = programme.textFor(reader);
        ProgrammeText text = shown.text();
        InstitutionLink institution = programmes.offeredBy(programme).map(i -> InstitutionLink.of(i, page)).orElse(null);
        List<String> others = compared.stream().filter(p -> p.id() != programme.id()).map(p -> p.slugFor(reader)).toList();
        return new Column(text.getTitle(), page.path(Section.PROGRAMME.pathOf(programme.slugFor(reader))), shown.language().code(),
                shown.fallback(), programme.level().name(), programme.pathway().name(),
                programme.district() == null ? null : programme.district().name(), programme.durationYears(),
                institution, text.getInstitution(), text.getAdmission(), text.getCertificates(), text.getCareers(),
                page.path("/programmes/compare") + query(others));
    }

    /** The programmes compared, in the order the reader picked them. */
    public List<Column> getColumns() {
        return columns;
    }

    /** What the address named that is no published programme, as given. */
    public List<String> getUnknown() {
        return unknown;
    }

    /** Programmes beyond the third, which are not compared. */
    public List<Column> getRefused() {
        return refused;
    }

    public int getMax() {
        return CompareSelection.MAX;
    }

    /** The list, with the compared programmes still ticked, to add or change one. */
    public String getListLink() {
        return page.path(Section.PROGRAMME.listPath()) + query(columns.stream().map(Column::slug).toList());
    }

    private static String query(List<String> slugs) {
        return slugs.isEmpty() ? "" : "?" + CompareSelection.parameter(slugs);
    }

    /**
     * One programme's column. {@code lang} is the language its texts are really in; {@code institution}
     * is its published institution's link, or {@code null} (then {@code institutionName} is shown);
     * {@code removeLink} is this comparison without it.
     */
    public record Column(String title, String url, String lang, boolean fallback, String level, String pathway,
                         String district, Integer durationYears, InstitutionLink institution, String institutionName,
                         String admission, String certificates, String careers, String removeLink) {

        /** The reader's slug, the last part of {@code url}. */
        public String slug() {
            return url.substring(url.lastIndexOf('/') + 1);
        }
    }
}
