package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.content.PublicItems;
import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.cms.event.EventText;
import org.jiamusi.vet.cms.event.PublishedEvent;
import org.jiamusi.vet.cms.experience.ExperienceCourseText;
import org.jiamusi.vet.cms.experience.ExperienceService;
import org.jiamusi.vet.cms.experience.PublishedCentre;
import org.jiamusi.vet.cms.experience.PublishedCourse;
import org.jiamusi.vet.cms.institution.InstitutionService;
import org.jiamusi.vet.cms.institution.InstitutionText;
import org.jiamusi.vet.cms.institution.PublishedInstitution;
import org.jiamusi.vet.i18n.Collation;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /{lang}/institutions/{slug}}: one institution with what it offers the public (its
 * programmes, its career-experience courses, its coming events), how to reach it, and where it is
 * on a schematic map the page draws itself.
 */
@Named
@RequestScoped
public class InstitutionView {

    static final int PROGRAMMES_SHOWN = 100;
    static final int COURSES_SHOWN = 100;
    static final int EVENTS_SHOWN = 20;

    @Inject
    PublicItems items;

    @Inject
    InstitutionService institutions;

    @Inject
    ExperienceService experiences;

    @Inject
    CurrentPage page;

    private PublishedInstitution institution;
    private LocalizedText<InstitutionText> shown;

    public void load() throws IOException {
        institution = DetailPage.resolve(items, page, Section.INSTITUTION).flatMap(institutions::find).orElse(null);
        if (institution != null) {
            shown = institution.textFor(page.getLanguage());
        }
    }

    public PublishedInstitution getInstitution() {
        return institution;
    }

    public InstitutionText getText() {
        return shown == null ? null : shown.text();
    }

    /** The language of the text when it is not the reader's, for a {@code lang} attribute; else null. */
    public String getTextLang() {
        return shown == null ? null : shown.lang();
    }

    public boolean isFallback() {
        return getTextLang() != null;
    }

    public String getShownLang() {
        return shown.language().code();
    }

    public List<String> getHonours() {
        return PublicText.paragraphs(shown.text().getHonours());
    }

    /** {@code tel:} wants the number without spaces or brackets. */
    public String getPhoneLink() {
        return institution.phone() == null ? null : "tel:" + institution.phone().replaceAll("[^+0-9]", "");
    }

    public boolean isHasContact() {
        return institution.phone() != null || institution.email() != null || institution.website() != null
                || shown.text().getAddress() != null;
    }

    public SchematicMap getMap() {
        return SchematicMap.of(institution.district(), institution.latitude(), institution.longitude()).orElse(null);
    }

    /** Decimal degrees, latitude first, as map apps take them: {@code 46.8105, 130.3745}. */
    public String getCoordinates() {
        if (institution.latitude() == null || institution.longitude() == null) {
            return null;
        }
        return degrees(institution.latitude()) + ", " + degrees(institution.longitude());
    }

    /** A {@code geo:} link, which a phone opens in the reader's own map app; the page itself loads nothing from outside. */
    public String getGeoLink() {
        return getCoordinates() == null ? null
                : "geo:" + degrees(institution.latitude()) + "," + degrees(institution.longitude());
    }

    /** The stored scale writes 46.823000; people write 46.823. */
    private static String degrees(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public List<ProgrammeCard> getProgrammes() {
        List<ProgrammeCard> cards = new ArrayList<>(institutions.programmesOf(institution.id(), PROGRAMMES_SHOWN).stream()
                .map(programme -> ProgrammeCard.of(programme, page)).toList());
        cards.sort(Collation.byName(page.getLanguage(), ProgrammeCard::title));
        return cards;
    }

    public long getProgrammeCount() {
        return institutions.programmeCount(institution.id());
    }

    public List<Link> getCourses() {
        List<Long> centres = experiences.centresOf(institution.id()).stream().map(PublishedCentre::id).toList();
        List<Link> links = new ArrayList<>();
        for (PublishedCourse course : experiences.coursesAt(centres, COURSES_SHOWN)) {
            LocalizedText<ExperienceCourseText> text = course.textFor(page.getLanguage());
            links.add(link(text.text().getTitle(), Section.EXPERIENCE.pathOf(text.text().getSlug()), text.language(), null));
        }
        links.sort(Collation.byName(page.getLanguage(), Link::title));
        return links;
    }

    public List<Link> getEvents() {
        Language reader = page.getLanguage();
        List<Link> links = new ArrayList<>();
        for (PublishedEvent event : institutions.upcomingEventsOf(institution.id(), LocalDate.now(Formats.CITY_ZONE), EVENTS_SHOWN)) {
            LocalizedText<EventText> text = event.textFor(reader);
            links.add(link(text.text().getTitle(), Section.EVENT.pathOf(text.text().getSlug()), text.language(), EventEntry.days(event, reader)));
        }
        return links;
    }

    public String getJsonLd() {
        return StructuredData.script(StructuredData.thing("EducationalOrganization", shown.text().getTitle(), shown.text().getSummary(),
                page.getCanonical(), shown.language().code()));
    }

    private Link link(String title, String path, Language language, String when) {
        boolean fallback = language != page.getLanguage();
        return new Link(title, page.path(path), fallback ? language.code() : null, when);
    }

    /** A link to a programme, course or event of the institution; {@code lang} is set when its text is a fallback. */
    public record Link(String title, String url, String lang, String when) {
    }
}
