package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.jiamusi.vet.cms.event.EventKind;
import org.jiamusi.vet.cms.event.EventService;
import org.jiamusi.vet.cms.event.PublishedEvent;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code /{lang}/events}: a month's calendar and the coming events, optionally of one kind. The
 * month and the kind are in the address ({@code ?month=2026-12&kind=school-open-day}), so every
 * state of the page is a plain link: no session, no script, and the calendar works in any browser.
 * An address the page cannot read shows the current month with a note saying so, never an error.
 */
@Named
@RequestScoped
public class EventsView {

    static final int UPCOMING_SHOWN = 100;
    /** Months outside these years are typing mistakes or robots walking the calendar forever. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @Inject
    CurrentPage page;

    @Inject
    EventService events;

    @Inject
    HttpServletRequest request;

    private YearMonth month;
    private boolean monthInvalid;
    private EventKind kind;
    private boolean kindInvalid;
    private List<EventEntry> monthEvents;
    private List<List<Day>> weeks;
    private List<EventEntry> upcoming;
    private List<PublishedEvent> upcomingEvents;

    private void read() {
        if (month != null) {
            return;
        }
        YearMonth current = YearMonth.from(today());
        String monthParameter = request.getParameter("month");
        month = current;
        if (monthParameter != null && !monthParameter.isBlank()) {
            Optional<YearMonth> parsed = parseMonth(monthParameter.strip());
            monthInvalid = parsed.isEmpty();
            month = parsed.orElse(current);
        }
        String kindParameter = request.getParameter("kind");
        if (kindParameter != null && !kindParameter.isBlank()) {
            kind = parseKind(kindParameter.strip()).orElse(null);
            kindInvalid = kind == null;
        }
        String query = query(month.equals(current) ? null : month, kind);
        for (Language language : Language.values()) {
            page.alternate(language, Section.EVENT.listPath() + query);
        }
    }

    static Optional<YearMonth> parseMonth(String value) {
        if (!value.matches("\\d{4}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            YearMonth parsed = YearMonth.parse(value);
            return parsed.getYear() < FIRST_YEAR || parsed.getYear() > LAST_YEAR ? Optional.empty() : Optional.of(parsed);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<EventKind> parseKind(String code) {
        return Arrays.stream(EventKind.values()).filter(k -> code(k).equals(code)).findFirst();
    }

    /** {@code SCHOOL_OPEN_DAY} is written {@code school-open-day} in addresses. */
    static String code(EventKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String getMonthName() {
        read();
        return Formats.month(month, page.getLanguage());
    }

    /** The month in the address's form, for the reader who typed a bad one: what is shown instead. */
    public boolean isMonthInvalid() {
        read();
        return monthInvalid;
    }

    public boolean isKindInvalid() {
        read();
        return kindInvalid;
    }

    /** The value the reader gave that the page could not read, to quote it back. */
    public String getGivenMonth() {
        String value = request.getParameter("month");
        return value == null ? "" : value.strip().substring(0, Math.min(value.strip().length(), 40));
    }

    public String getPreviousMonthLink() {
        read();
        YearMonth previous = month.minusMonths(1);
        return previous.getYear() < FIRST_YEAR ? null : link(previous, kind);
    }

    public String getNextMonthLink() {
        read();
        YearMonth next = month.plusMonths(1);
        return next.getYear() > LAST_YEAR ? null : link(next, kind);
    }

    public String getPreviousMonthName() {
        read();
        return Formats.month(month.minusMonths(1), page.getLanguage());
    }

    public String getNextMonthName() {
        read();
        return Formats.month(month.plusMonths(1), page.getLanguage());
    }

    public boolean isCurrentMonth() {
        read();
        return month.equals(YearMonth.from(today()));
    }

    public String getCurrentMonthLink() {
        read();
        return link(YearMonth.from(today()), kind);
    }

    /** The column heads, Monday first: short names shown, full names for the {@code abbr} title. */
    public List<Weekday> getWeekdays() {
        List<String> abbreviated = Formats.weekdays(page.getLanguage(), true);
        List<String> full = Formats.weekdays(page.getLanguage(), false);
        List<Weekday> weekdays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            weekdays.add(new Weekday(abbreviated.get(i), full.get(i), i >= 5));
        }
        return weekdays;
    }

    /** The month's weeks, Monday to Sunday; a day outside the month is null. */
    public List<List<Day>> getWeeks() {
        if (weeks == null) {
            read();
            Map<LocalDate, List<EventEntry>> byDay = new LinkedHashMap<>();
            LocalDate first = month.atDay(1);
            LocalDate last = month.atEndOfMonth();
            for (PublishedEvent event : monthEvents()) {
                EventEntry entry = EventEntry.of(event, page.getLanguage(), page);
                LocalDate end = event.endDate() == null ? event.startDate() : event.endDate();
                for (LocalDate day = event.startDate().isBefore(first) ? first : event.startDate();
                     !day.isAfter(end) && !day.isAfter(last); day = day.plusDays(1)) {
                    byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(entry);
                }
            }
            LocalDate today = today();
            weeks = new ArrayList<>();
            List<Day> week = new ArrayList<>();
            for (int blank = 1; blank < first.getDayOfWeek().getValue(); blank++) {
                week.add(null);
            }
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                List<EventEntry> on = byDay.getOrDefault(day, List.of());
                week.add(new Day(day.getDayOfMonth(), day.equals(today), on.isEmpty() ? null : "#" + on.get(0).anchor(),
                        on.isEmpty() ? null : Formats.list(on.stream().map(EventEntry::title).toList(), page.getLanguage()),
                        Formats.date(day, page.getLanguage())));
                if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(null);
                }
                weeks.add(week);
            }
        }
        return weeks;
    }

    /** The month's events, by start date: the calendar's days link to them. */
    public List<EventEntry> getMonthEvents() {
        if (monthEvents == null) {
            read();
            monthEvents = monthEvents().stream().map(event -> EventEntry.of(event, page.getLanguage(), page)).toList();
        }
        return monthEvents;
    }

    private List<PublishedEvent> monthEventsCache;

    private List<PublishedEvent> monthEvents() {
        if (monthEventsCache == null) {
            monthEventsCache = events.between(month.atDay(1), month.atEndOfMonth()).stream()
                    .filter(event -> kind == null || event.kind() == kind)
                    .toList();
        }
        return monthEventsCache;
    }

    /** The coming events, soonest first, of the chosen kind. */
    public List<EventEntry> getUpcoming() {
        if (upcoming == null) {
            read();
            upcoming = upcomingEvents().stream()
                    .filter(event -> kind == null || event.kind() == kind)
                    .map(event -> EventEntry.of(event, page.getLanguage(), page))
                    .toList();
        }
        return upcoming;
    }

    /** The kinds a reader can narrow the page to: those of the coming events, and the one chosen. */
    public List<KindFilter> getKinds() {
        read();
        Set<EventKind> present = new TreeSet<>();
        upcomingEvents().forEach(event -> present.add(event.kind()));
        if (kind != null) {
            present.add(kind);
        }
        List<KindFilter> filters = new ArrayList<>();
        filters.add(new KindFilter(null, link(month, null), kind == null));
        for (EventKind k : present) {
            filters.add(new KindFilter(k.name(), link(month, k), k == kind));
        }
        return filters;
    }

    private List<PublishedEvent> upcomingEvents() {
        if (upcomingEvents == null) {
            upcomingEvents = events.upcoming(today(), UPCOMING_SHOWN);
        }
        return upcomingEvents;
    }

    private String link(YearMonth month, EventKind kind) {
        return page.path(Section.EVENT.listPath()) + query(month, kind);
    }

    private static String query(YearMonth month, EventKind kind) {
        List<String> parts = new ArrayList<>();
        if (month != null) {
            parts.add("month=" + month);
        }
        if (kind != null) {
            parts.add("kind=" + code(kind));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.CITY_ZONE);
    }

    /** A day of the month; {@code link} and {@code eventTitles} (the titles joined as a list) are null on a day without events. */
    public record Day(int number, boolean today, String link, String eventTitles, String fullDate) {
    }

    public record Weekday(String shortName, String fullName, boolean weekend) {
    }

    /** A kind to narrow to; {@code kind} null is "every kind". */
    public record KindFilter(String kind, String url, boolean current) {
    }
}
