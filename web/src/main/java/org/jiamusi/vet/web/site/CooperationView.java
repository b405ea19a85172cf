package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.cooperation.CooperationProjectText;
import org.jiamusi.vet.cms.cooperation.CooperationService;
import org.jiamusi.vet.cms.cooperation.PublishedProject;
import org.jiamusi.vet.cms.institution.InstitutionText;
import org.jiamusi.vet.i18n.Collation;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /{lang}/cooperation}: the city's international cooperation by partner country, the
 * countries named by ICU in the reader's language. A partner looks for their own country first, so
 * the countries with the most projects come first, then by name in the reader's collation; each
 * project shows its kind, the partner institution and the city's institutions taking part.
 */
@Named
@RequestScoped
public class CooperationView {

    @Inject
    CooperationService cooperation;

    @Inject
    CurrentPage page;

    private List<Country> countries;

    public List<Country> getCountries() {
        if (countries == null) {
            Language reader = page.getLanguage();
            List<PublishedProject> projects = cooperation.all();
            Map<String, List<PublishedProject>> byCountry = projects.stream().collect(Collectors.groupingBy(
                    p -> p.partnerCountry() == null ? "" : p.partnerCountry(), LinkedHashMap::new, Collectors.toList()));
            Comparator<Country> order = Comparator.<Country>comparingInt(c -> -c.projects().size())
                    .thenComparing(c -> c.code().isEmpty())
                    .thenComparing(Collation.byName(reader, (Country c) -> c.name() == null ? "" : c.name()));
            countries = byCountry.entrySet().stream()
                    .map(entry -> new Country(entry.getKey(),
                            entry.getKey().isEmpty() ? null : Formats.country(entry.getKey(), reader),
                            "country-" + (entry.getKey().isEmpty() ? "other" : entry.getKey().toLowerCase(Locale.ROOT)),
                            entry.getValue().stream().map(p -> project(p, reader))
                                    .sorted(Collation.byName(reader, Project::title)).toList()))
                    .sorted(order)
                    .toList();
        }
        return countries;
    }

    public int getProjectCount() {
        return getCountries().stream().mapToInt(c -> c.projects().size()).sum();
    }

    private Project project(PublishedProject project, Language reader) {
        LocalizedText<CooperationProjectText> text = project.textFor(reader);
        List<TextLink> taking = project.institutions().stream()
                .map(institution -> {
                    LocalizedText<InstitutionText> name = institution.textFor(reader);
                    return new TextLink(name.text().getTitle(), page.path(Section.INSTITUTION.pathOf(name.text().getSlug())), name.lang());
                })
                .toList();
        return new Project(text.text().getTitle(), page.path(Section.COOPERATION.pathOf(text.text().getSlug())),
                text.text().getSummary(), project.kind().name(), text.text().getPartner(), project.startYear(),
                taking, text.lang());
    }

    /**
     * A partner country; {@code code} is empty and {@code name} null for projects without one.
     * {@code anchor} is the id of its section, {@code country-ru}.
     */
    public record Country(String code, String name, String anchor, List<Project> projects) {
    }

    public record Project(String title, String url, String summary, String kind, String partner, Integer startYear,
                          List<TextLink> institutions, String lang) {
    }
}
