package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.cms.institution.District;
import org.jiamusi.vet.cms.institution.InstitutionService;
import org.jiamusi.vet.cms.institution.InstitutionText;
import org.jiamusi.vet.cms.institution.PublishedInstitution;
import org.jiamusi.vet.i18n.Collation;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /{lang}/institutions}: every institution, grouped by the district or county it is in (in
 * the order the city lists them, town first), each group in the reader's collation, with its kind
 * and honours. A city has tens of institutions, so one page holds them all.
 */
@Named
@RequestScoped
public class InstitutionsView {

    @Inject
    InstitutionService institutions;

    @Inject
    CurrentPage page;

    private List<DistrictGroup> groups;
    private int total;

    public List<DistrictGroup> getGroups() {
        if (groups == null) {
            load();
        }
        return groups;
    }

    public int getTotal() {
        getGroups();
        return total;
    }

    private void load() {
        Language reader = page.getLanguage();
        Map<District, List<InstitutionCard>> byDistrict = new EnumMap<>(District.class);
        List<PublishedInstitution> all = institutions.list();
        for (PublishedInstitution institution : all) {
            byDistrict.computeIfAbsent(institution.district(), d -> new ArrayList<>()).add(InstitutionCard.of(institution, page));
        }
        groups = new ArrayList<>();
        byDistrict.forEach((district, cards) -> {
            cards.sort(Collation.byName(reader, InstitutionCard::title));
            groups.add(new DistrictGroup(district.name(), "district-" + district.name().toLowerCase(), List.copyOf(cards)));
        });
        total = all.size();
    }

    /** The institutions of one district; {@code anchor} is the id of its heading. */
    public record DistrictGroup(String district, String anchor, List<InstitutionCard> institutions) {
    }

    /** An institution as the list shows it; {@code lang} is the language its text is really in. */
    public record InstitutionCard(String title, String url, String kind, List<String> honours, String summary,
                                  String lang, boolean fallback) {

        static InstitutionCard of(PublishedInstitution institution, CurrentPage page) {
            LocalizedText<InstitutionText> shown = institution.textFor(page.getLanguage());
            InstitutionText text = shown.text();
            return new InstitutionCard(text.getTitle(), page.path(Section.INSTITUTION.pathOf(text.getSlug())), institution.kind().name(),
                    PublicText.paragraphs(text.getHonours()), text.getSummary(), shown.language().code(),
                    shown.fallback());
        }
    }
}
