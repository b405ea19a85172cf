package org.jiamusi.vet.cms.event;

import org.jiamusi.vet.cms.content.Translated;
import org.jiamusi.vet.i18n.Language;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/** A published event as the public site, the calendar feeds and the API show it, read by its service. */
public record PublishedEvent(long id, EventKind kind, LocalDate startDate, LocalDate endDate, LocalTime startTime,
                             LocalTime endTime, Long institutionId, boolean registrationRequired, String registrationUrl,
                             Map<Language, EventText> texts) implements Translated<EventText> {

    public static PublishedEvent of(Event e) {
        return new PublishedEvent(e.getId(), e.getKind(), e.getStartDate(), e.getEndDate(), e.getStartTime(),
                e.getEndTime(), e.getInstitutionId(), e.isRegistrationRequired(), e.getRegistrationUrl(), e.getTexts());
    }

    /** Whether it lasts one day: no end date, or the start date again. */
    public boolean oneDay() {
        return endDate == null || endDate.equals(startDate);
    }
}
