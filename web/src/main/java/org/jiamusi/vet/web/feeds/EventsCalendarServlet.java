package org.jiamusi.vet.web.feeds;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jiamusi.vet.cms.event.EventService;
import org.jiamusi.vet.cms.event.EventText;
import org.jiamusi.vet.cms.event.PublishedEvent;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.i18n.TextCharacters;
import org.jiamusi.vet.web.infra.Route;
import org.jiamusi.vet.web.infra.Section;
import org.jiamusi.vet.web.infra.SiteAddress;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * {@code /{lang}/events.ics}: the coming events in the reader's language as an iCalendar feed a
 * phone or desktop calendar subscribes to; {@code /{lang}/events/{slug}.ics}: one event, to add to
 * a calendar. Written with ical4j, times in the city's zone; texts are cleaned of the control
 * characters RFC 5545 does not allow in TEXT, which texts stored before the save refused them may hold.
 */
@WebServlet("/feeds/events.ics")
public class EventsCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_EVENTS = 500;

    @Inject
    transient EventService events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Route route = (Route) request.getAttribute(Route.ATTRIBUTE);
        Language reader = route == null ? Language.SOURCE : route.language();
        List<PublishedEvent> chosen = events.upcoming(LocalDate.now(Formats.CITY_ZONE).minusYears(1), MAX_EVENTS);
        if (route != null && route.slug() != null) {
            chosen = chosen.stream().filter(e -> route.slug().equals(shown(e, reader).getSlug())).toList();
            if (chosen.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Jiamusi Vocational Education//VET Portal//" + reader.code().toUpperCase()));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        String site = SiteAddress.base(request);
        for (PublishedEvent event : chosen) {
            calendar.add(component(event, reader, site));
        }
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"events-" + reader.code() + ".ics\"");
        try (Writer out = response.getWriter()) {
            new CalendarOutputter(false).output(calendar, out);
        }
    }

    private static VEvent component(PublishedEvent event, Language reader, String site) {
        EventText text = shown(event, reader);
        VEvent component;
        LocalDate end = event.endDate() == null ? event.startDate() : event.endDate();
        if (event.startTime() != null && event.endTime() != null) {
            component = new VEvent(ZonedDateTime.of(event.startDate(), event.startTime(), Formats.CITY_ZONE),
                    ZonedDateTime.of(end, event.endTime(), Formats.CITY_ZONE), TextCharacters.clean(text.getTitle()));
        } else {
            // All-day events end on the day after their last day, as iCalendar counts them.
            component = new VEvent(event.startDate(), end.plusDays(1), TextCharacters.clean(text.getTitle()));
        }
        component.add(new Uid("event-" + event.id() + "@vet-portal.jiamusi"));
        if (text.getSummary() != null) {
            component.add(new Description(TextCharacters.clean(text.getSummary())));
        }
        if (text.getVenue() != null) {
            component.add(new Location(TextCharacters.clean(text.getVenue())));
        }
        component.add(new Url(URI.create(site + Section.EVENT.pathOf(reader, TextCharacters.clean(text.getSlug())))));
        return component;
    }

    private static EventText shown(PublishedEvent event, Language reader) {
        return event.textFor(reader).text();
    }
}
