package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.content.PublicItem;
import org.jiamusi.vet.cms.content.PublicItems;
import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.cms.cooperation.CooperationProject;
import org.jiamusi.vet.cms.cooperation.CooperationProjectText;
import org.jiamusi.vet.cms.cooperation.CooperationService;
import org.jiamusi.vet.cms.event.Event;
import org.jiamusi.vet.cms.event.EventText;
import org.jiamusi.vet.cms.institution.Institution;
import org.jiamusi.vet.cms.institution.InstitutionText;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.search.SearchType;

import java.io.IOException;
import java.util.ArrayList;
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

    private SearchType type;
    private PublicItem item;
    private PublicText shown;
    private Language shownLanguage;
    private List<Fact> facts;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Language reader = page.getLanguage();
        type = SearchType.ofSection(page.route().section()).orElse(null);
        item = type == null ? null
                : items.findForReader(type.contentType(), type.entity(), reader, page.route().slug()).orElse(null);
        if (item == null) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        Map<Language, PublicText> texts = item.publicTexts();
        LocalizedText<PublicText> picked = LocalizedText.pick(texts, reader);
        shownLanguage = picked.language();
        shown = picked.text();
        if (!shown.slug().equals(page.route().slug())) {
            external.setResponseStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            external.setResponseHeader("Location", page.path("/" + type.section() + "/" + shown.slug()));
            faces.responseComplete();
            return;
        }
        for (Language language : Language.values()) {
            page.alternate(language, "/" + type.section() + "/" + LocalizedText.pick(texts, language).text().slug());
        }
    }

    /** schema.org description of an institution or an event; null for the other kinds. */
    public String getJsonLd() {
        String url = page.getCanonical();
        if (item instanceof Event event) {
            var json = StructuredData.thing("Event", shown.title(), shown.summary(), url, shownLanguage.code())
                    .add("startDate", event.getStartTime() == null ? event.getStartDate().toString()
                            : event.getStartDate().atTime(event.getStartTime()).atZone(Formats.CITY_ZONE).toOffsetDateTime().toString())
                    .add("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode")
                    .add("eventStatus", "https://schema.org/EventScheduled");
            if (event.getEndDate() != null) {
                json.add("endDate", event.getEndDate().toString());
            }
            event.text(shownLanguage).map(t -> t.getVenue()).filter(v -> v != null).ifPresent(venue ->
                    json.add("location", jakarta.json.Json.createObjectBuilder().add("@type", "Place").add("name", venue)
                            .add("address", venue)));
            return StructuredData.script(json);
        }
        if (item instanceof Institution) {
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
        if (item instanceof Event event) {
            facts.add(new Fact(msg.get("item.kind"), msg.get("event.kind." + event.getKind().name()), null, null));
            facts.add(new Fact(msg.get("item.when"), event.getEndDate() == null || event.getEndDate().equals(event.getStartDate())
                    ? Formats.date(event.getStartDate(), reader)
                    : Formats.dateRange(event.getStartDate(), event.getEndDate(), reader), null, null));
            if (event.getStartTime() != null) {
                facts.add(new Fact(msg.get("item.time"), Formats.time(event.getStartTime(), reader)
                        + (event.getEndTime() == null ? "" : " – " + Formats.time(event.getEndTime(), reader)), null, null));
            }
            LocalizedText<EventText> text = LocalizedText.pick(event.getTexts(), reader);
            if (text.text().getVenue() != null && !text.text().getVenue().isBlank()) {
                facts.add(new Fact(msg.get("item.venue"), text.text().getVenue(), null, text.lang()));
            }
            if (event.isRegistrationRequired()) {
                facts.add(new Fact(msg.get("item.registration"), msg.get("item.registrationRequired"), event.getRegistrationUrl(), null));
            }
            facts.add(new Fact(msg.get("item.calendar"), msg.get("item.addToCalendar"), page.path("/events/" + shown.slug() + ".ics"), null));
        }
        if (item instanceof CooperationProject project) {
            facts.add(new Fact(msg.get("item.kind"), msg.get("cooperation.kind." + project.getKind().name()), null, null));
            if (project.getPartnerCountry() != null) {
                facts.add(new Fact(msg.get("item.partnerCountry"), Formats.country(project.getPartnerCountry(), reader), null, null));
            }
            LocalizedText<CooperationProjectText> text = LocalizedText.pick(project.getTexts(), reader);
            if (text.text().getPartner() != null && !text.text().getPartner().isBlank()) {
                facts.add(new Fact(msg.get("cooperation.partner"), text.text().getPartner(), null, text.lang()));
            }
            if (project.getStartYear() != null) {
                facts.add(new Fact(msg.get("cooperation.since"), Integer.toString(project.getStartYear()), null, null));
            }
            for (Institution institution : cooperation.institutionsOf(project.getId())) {
                LocalizedText<InstitutionText> name = LocalizedText.pick(institution.getTexts(), reader);
                facts.add(new Fact(msg.get("cooperation.institutions"), name.text().getTitle(),
                        page.path("/institutions/" + name.text().getSlug()), name.lang()));
            }
        }
        return facts;
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
