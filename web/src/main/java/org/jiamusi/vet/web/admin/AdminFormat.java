package org.jiamusi.vet.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.jiamusi.vet.i18n.Formats;

/** Dates and times of the back office in the editor's language and the city's time zone, through ICU. */
@Named
@RequestScoped
public class AdminFormat {

    @Inject
    AdminSession session;

    /** {@code 2026年11月30日 09:00}, {@code 30 ноября 2026 г. 09:00}, {@code 30 November 2026 09:00}. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(Formats.CITY_ZONE);
        return Formats.date(local.toLocalDate(), session.getLanguage()) + " " + Formats.time(local.toLocalTime(), session.getLanguage());
    }
}
