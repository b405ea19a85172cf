package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.event.EventService;
import org.jiamusi.vet.cms.experience.ExperienceCourseText;
import org.jiamusi.vet.cms.experience.InterestArea;
import org.jiamusi.vet.cms.experience.PublishedCourse;
import org.jiamusi.vet.cms.experience.PublishedSession;
import org.jiamusi.vet.cms.experience.UpcomingExperiences;
import org.jiamusi.vet.cms.programme.Level;
import org.jiamusi.vet.cms.programme.ProgrammeService;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code /{lang}/}: the way into the site for each of its readers. What is on soon (the next events
 * and the next career-experience sessions with a seat left), the courses the editors feature, and
 * a way in for pupils (by interest), parents (by level, search) and partners (cooperation).
 * Everything is read once per request; the page holds no state.
 */
@Named
@RequestScoped
public class HomeView {

    static final int EVENTS_SHOWN = 4;
    static final int SESSIONS_SHOWN = 4;
    static final int FEATURED_SHOWN = 6;

    @Inject
    ProgrammeService programmes;

    @Inject
    EventService events;

    @Inject
    UpcomingExperiences experiences;

    @Inject
    CurrentPage page;

    private Long programmeCount;
    private List<EventEntry> upcomingEvents;
    private List<SessionEntry> openSessions;
    private List<ExperienceCard> featured;

    public long getProgrammeCount() {
        if (programmeCount == null) {
            programmeCount = programmes.count();
        }
        return programmeCount;
    }

    public List<EventEntry> getUpcomingEvents() {
        if (upcomingEvents == null) {
            upcomingEvents = events.upcoming(today(), EVENTS_SHOWN).stream()
                    .map(event -> EventEntry.of(event, page.getLanguage(), page))
                    .toList();
        }
        return upcomingEvents;
    }

    public List<SessionEntry> getOpenSessions() {
        if (openSessions == null) {
            Language reader = page.getLanguage();
            List<PublishedSession> sessions = experiences.sessionsWithFreeSeats(today(), SESSIONS_SHOWN);
            Map<Long, PublishedCourse> courses = experiences.courses(sessions.stream().map(PublishedSession::courseId).toList());
            openSessions = sessions.stream()
                    .filter(session -> courses.containsKey(session.courseId()))
                    .map(session -> {
                        PublishedCourse course = courses.get(session.courseId());
                        LocalizedText<ExperienceCourseText> text = course.textFor(reader);
                        return new SessionEntry(text.text().getTitle(), experienceUrl(text.text()),
                                Formats.date(session.date(), reader),
                                Formats.time(session.startTime(), reader) + "–" + Formats.time(session.endTime(), reader),
                                Math.max(0, session.capacity() - session.seatsBooked()),
                                course.interestArea().name(), text.lang());
                    })
                    .toList();
        }
        return openSessions;
    }

    public List<ExperienceCard> getFeatured() {
        if (featured == null) {
            Language reader = page.getLanguage();
            List<PublishedCourse> courses = experiences.featuredCourses(FEATURED_SHOWN);
            Map<Long, PublishedSession> next = experiences.nextFreeSession(courses.stream().map(PublishedCourse::id).toList(), today());
            featured = courses.stream().map(course -> {
                LocalizedText<ExperienceCourseText> text = course.textFor(reader);
                PublishedSession session = next.get(course.id());
                return new ExperienceCard(text.text().getTitle(), text.text().getSummary(), experienceUrl(text.text()),
                        course.interestArea().name(), grades(course),
                        session == null ? null : Formats.date(session.date(), reader), text.lang());
            }).toList();
        }
        return featured;
    }

    /**
     * The interests a pupil can browse the career experiences by, each with the link to the
     * experiences of that interest ({@code /experiences?interest=dental-technology}).
     */
    public List<Interest> getInterests() {
        return Arrays.stream(InterestArea.values())
                .filter(area -> area != InterestArea.OTHER)
                .map(area -> new Interest(area.name(),
                        page.path("/experiences?interest=" + area.name().toLowerCase(Locale.ROOT).replace('_', '-'))))
                .toList();
    }

    public List<String> getLevels() {
        return Arrays.stream(Level.values()).map(Enum::name).toList();
    }

    private String experienceUrl(ExperienceCourseText text) {
        return page.path(Section.EXPERIENCE.pathOf(text.getSlug()));
    }

    /** The school stages a course suits, as message keys' last parts: primary, junior, senior. */
    private static List<String> grades(PublishedCourse course) {
        return Stream.of(course.forPrimary() ? "primary" : null,
                        course.forJuniorMiddle() ? "junior" : null, course.forSeniorMiddle() ? "senior" : null)
                .filter(Objects::nonNull).toList();
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.CITY_ZONE);
    }

    /** An interest area: its enum name (for its message and picture) and the list of its experiences. */
    public record Interest(String name, String url) {
    }

    /** A session with a seat left, under its course's title. */
    public record SessionEntry(String title, String url, String date, String time, int seatsLeft, String interest, String lang) {
    }

    /** A featured course: its picture is its interest area's; {@code nextDate} is null when no session has a seat. */
    public record ExperienceCard(String title, String summary, String url, String interest, List<String> grades,
                                 String nextDate, String lang) {
    }
}
