package org.jiamusi.vet.web.site;

import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.event.EventText;
import org.jiamusi.vet.cms.event.PublishedEvent;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

/**
 * An event as the home page and the events page list it: its title in the reader's language (or
 * the fallback's, marked by {@code lang}), its dates written the reader's way, and its kind, whose
 * name is the message {@code event.kind.<kind>}.
 *
 * @param anchor the id of the event's entry in a list, which the calendar's days link to
 */
public record EventEntry(long id, String title, String summary, String url, String when, String venue, String kind,
                         String lang, String anchor) {

    /** The event's day, or its first and last day, written the reader's way. */
    static String days(PublishedEvent event, Language reader) {
        return event.oneDay() ? Formats.date(event.startDate(), reader) : Formats.dateRange(event.startDate(), event.endDate(), reader);
    }

    static EventEntry of(PublishedEvent event, Language reader, CurrentPage page) {
        LocalizedText<EventText> text = event.textFor(reader);
        String when = days(event, reader);
        if (event.startTime() != null) {
            when += " · " + Formats.time(event.startTime(), reader)
                    + (event.endTime() == null ? "" : "–" + Formats.time(event.endTime(), reader));
        }
        return new EventEntry(event.id(), text.text().getTitle(), text.text().getSummary(),
                page.path(Section.EVENT.pathOf(text.text().getSlug())), when, text.text().getVenue(), event.kind().name(),
                text.lang(), "event-" + event.id());
    }
}
