package org.jiamusi.vet.cms.experience;

import org.jiamusi.vet.cms.content.Translated;
import org.jiamusi.vet.i18n.Language;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/** A published session of a course, with the seats booked when it was read, as the public site shows it. */
public record PublishedSession(long id, Long courseId, LocalDate date, LocalTime startTime, LocalTime endTime,
                               Integer capacity, int seatsBooked,
                               Map<Language, SessionText> texts) implements Translated<SessionText> {

    public static PublishedSession of(Session s) {
        return new PublishedSession(s.getId(), s.getCourseId(), s.getDate(), s.getStartTime(), s.getEndTime(),
                s.getCapacity(), s.getSeatsBooked(), s.getTexts());
    }
}
