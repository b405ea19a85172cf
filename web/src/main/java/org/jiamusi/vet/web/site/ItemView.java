package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.content.PublicEntry;
import org.jiamusi.vet.cms.content.PublicItems;
import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.cms.cooperation.CooperationProjectText;
import org.jiamusi.vet.cms.cooperation.CooperationService;
import org.jiamusi.vet.cms.cooperation.PublishedProject;
import org.jiamusi.vet.cms.event.EventService;
import org.jiamusi.vet.cms.event.EventText;
import org.jiamusi.vet.cms.event.PublishedEvent;
import org.jiamusi.vet.cms.institution.InstitutionText;
import org.jiamusi.vet.cms.institution.PublishedInstitution;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code /{lang}/{section}/{slug}} for institutions, career experiences, events, cooperation
 * projects, news and pages: the item's title, summary and text in the reader's language, or in the
 * language the fallback chain finds, with a notice.
 */
@Named
@RequestScoped
public class ItemView {

    @Inject
    PublicItems items;

    @Inject
    CurrentPage page;

    @Inject
    Messages msg;

    @Inject
    CooperationService cooperation;

    @Inject
    EventService events;

    private Section type;
    private PublicEntry item;

    /** The event or the project the page is about, with what its facts show; null for the other kinds. */
    private PublishedEvent event;

    private PublishedProject project;
    private PublicText shown;
    private Language shownLanguage;
    private List<Fact> facts;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Language reader = page.getLanguage();
        type = page.route().section();
        item = type == null ? null
                : items.findForReader(type.contentType(), type.entity(), reader, page.route().slug()).orElse(null);
        if (item == null) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        Map<Language, PublicText> texts = item.texts();
        LocalizedText<PublicText> picked = LocalizedText.pick(texts, reader);
        shownLanguage = picked.language();
        shown = picked.text();
        if (!shown.slug().equals(page.route().slug())) {
            external.setResponseStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            external.setResponseHeader("Location", page.path(type.pathOf(shown.slug())));
            faces.responseComplete();
            return;
        }
        for (Language language : Language.values()) {
            page.alternate(language, type.pathOf(LocalizedText.pick(texts, language).text().slug()));
        }
        event = type == Section.EVENT ? events.find(item.id()).orElse(null) : null;
        project = type == Section.COOPERATION ? cooperation.find(item.id()).orElse(null) : null;
    }

    /** schema.org description of an institution or an event; null for the other kinds. */
    public String getJsonLd() {
        String url = page.getCanonical();
        if (event != null) {
            var json = StructuredData.thing("Event", shown.title(), shown.summary(), url, shownLanguage.code())
                    .add("startDate", event.startTime() == null ? event.startDate().toString()
                            : event.startDate().atTime(event.startTime()).atZone(Formats.CITY_ZONE).toOffsetDateTime().toString())
                    .add("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode")
                    .add("eventStatus", "https://schema.org/EventScheduled");
            if (event.endDate() != null) {
                json.add("endDate", event.endDate().toString());
            }
            event.text(shownLanguage).map(t -> t.getVenue()).filter(v -> v != null).ifPresent(venue ->
                    json.add("location", jakarta.json.Json.createObjectBuilder().add("@type", "Place").add("name", venue)
                            .add("address", venue)));
            return StructuredData.script(json);
        }
        if (type == Section.INSTITUTION) {
            return StructuredData.script(StructuredData.thing("EducationalOrganization", shown.title(), shown.summary(), url,
                    shownLanguage.code()));
        }
        return null;
    }

    /**
     * What a reader needs besides the text: an event's kind, dates, times, venue and registration;
     * a cooperation project's kind, partner country, partner, start year and the city's institutions
     * taking part. Empty for the other kinds.
     */
    public List<Fact> getFacts() {
        if (facts == null) {
            facts = facts(page.getLanguage());
        }
        return facts;
    }

    private List<Fact> facts(Language reader) {
        List<Fact> facts = new ArrayList<>();
        if (event != null) {
            facts.add(new Fact(msg.get("item.kind"), msg.get("event.kind." + event.kind().name()), null, null));
            facts.add(new Fact(msg.get("item.when"), EventEntry.days(event, reader), null, null));
            if (event.startTime() != null) {
                facts.add(new Fact(msg.get("item.time"), Formats.time(event.startTime(), reader)
                        + (event.endTime() == null ? "" : " – " + Formats.time(event.endTime(), reader)), null, null));
            }
            LocalizedText<EventText> text = event.textFor(reader);
            if (text.text().getVenue() != null && !text.text().getVenue().isBlank()) {
                facts.add(new Fact(msg.get("item.venue"), text.text().getVenue(), null, text.lang()));
            }
            if (event.registrationRequired()) {
                facts.add(new Fact(msg.get("item.registration"), msg.get("item.registrationRequired"), event.registrationUrl(), null));
            }
            facts.add(new Fact(msg.get("item.calendar"), msg.get("item.addToCalendar"), page.path(Section.EVENT.pathOf(shown.slug()) + ".ics"), null));
        }
        if (project != null) {
            facts.add(new Fact(msg.get("item.kind"), msg.get("cooperation.kind." + project.kind().name()), null, null));
            if (project.partnerCountry() != null) {
                facts.add(new Fact(msg.get("item.partnerCountry"), Formats.country(project.partnerCountry(), reader), null, null));
            }
            LocalizedText<CooperationProjectText> text = project.textFor(reader);
            if (text.text().getPartner() != null && !text.text().getPartner().isBlank()) {
                facts.add(new Fact(msg.get("cooperation.partner"), text.text().getPartner(), null, text.lang()));
            }
            if (project.startYear() != null) {
                facts.add(new Fact(msg.get("cooperation.since"), Integer.toString(project.startYear()), null, null));
            }
            for (PublishedInstitution institution : institutionsById(project)) {
                LocalizedText<InstitutionText> name = institution.textFor(reader);
                facts.add(new Fact(msg.get("cooperation.institutions"), name.text().getTitle(),
                        page.path(Section.INSTITUTION.pathOf(name.text().getSlug())), name.lang()));
            }
        }
        return facts;
    }

    /** The city's institutions taking part, in the order of their ids. */
    private static List<PublishedInstitution> institutionsById(PublishedProject project) {
        return project.institutions().stream().sorted(Comparator.comparingLong(PublishedInstitution::id)).toList();
    }

    /** One line of an item's facts; {@code url} makes the value a link, {@code lang} marks a value in another language. */
    public record Fact(String label, String value, String url, String lang) {
    }

    public String getTypeCode() {
        return type.code();
    }

    public PublicText getText() {
        return shown;
    }

    /** The text as paragraphs: the stored text keeps one paragraph a line. */
    public List<String> getParagraphs() {
        return PublicText.paragraphs(shown.body());
    }

    public String getTextLang() {
        return shownLanguage.code();
    }

    public boolean isFallback() {
        return shownLanguage != page.getLanguage();
    }
}
