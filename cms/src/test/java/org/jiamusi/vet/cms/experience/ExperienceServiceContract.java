package org.jiamusi.vet.cms.experience;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItems;
import org.jiamusi.vet.cms.content.ContentProjection;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.institution.InstitutionProjection;
import org.jiamusi.vet.cms.testing.DatabaseContract;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.cms.testing.Experiences;
import org.jiamusi.vet.cms.testing.Institutions;
import org.jiamusi.vet.cms.testing.Transactions;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiamusi.vet.cms.content.ContentItems.slugs;

/**
 * What the public site reads of career experiences, on a real database with the real migrations:
 * courses found by interest area and school stage, soonest session first, and free seats as
 * capacity minus the seats bookings took. Each test publishes its own courses under its own
 * institution, so the tests share one database without seeing each other's courses where it matters.
 */
abstract class ExperienceServiceContract extends DatabaseContract {

    /** The day the reader looks: sessions before it are over. */
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    private int serial;

    @Test
    void browseFindsCoursesByInterestAreaAndSchoolStage() {
        long centre = centre(institution());
        long tourForMiddle = course(centre, InterestArea.TOURISM, false, true, true);
        long tourForPrimary = course(centre, InterestArea.TOURISM, true, false, false);
        long skiingForPrimary = course(centre, InterestArea.ICE_AND_SNOW_SPORTS, true, false, false);

        assertThat(ids(read((ExperienceService s) -> s.browse(InterestArea.TOURISM, SchoolStage.PRIMARY, TODAY, 0, 100))))
                .containsExactly(tourForPrimary);
        assertThat(ids(read((ExperienceService s) -> s.browse(InterestArea.TOURISM, null, TODAY, 0, 100))))
                .containsExactlyInAnyOrder(tourForMiddle, tourForPrimary);
        assertThat(ids(read((ExperienceService s) -> s.browse(null, SchoolStage.PRIMARY, TODAY, 0, 1000))))
                .contains(tourForPrimary, skiingForPrimary).doesNotContain(tourForMiddle);
        assertThat(read((ExperienceService s) -> s.browse(InterestArea.TOURISM, SchoolStage.SENIOR_MIDDLE, TODAY, 0, 100)).total()).isEqualTo(1);
    }

    @Test
    void countsTellHowManyCoursesEachAreaAndStageHas() {
        long centre = centre(institution());
        course(centre, InterestArea.NEW_ENERGY_VEHICLES, false, true, true);
        course(centre, InterestArea.NEW_ENERGY_VEHICLES, false, false, true);

        Map<SchoolStage, Long> byStage = read((ExperienceService s) -> s.countByStage(InterestArea.NEW_ENERGY_VEHICLES));
        assertThat(byStage).containsEntry(SchoolStage.PRIMARY, 0L).containsEntry(SchoolStage.JUNIOR_MIDDLE, 1L)
                .containsEntry(SchoolStage.SENIOR_MIDDLE, 2L);
        assertThat(read((ExperienceService s) -> s.countByArea(SchoolStage.SENIOR_MIDDLE))).containsEntry(InterestArea.NEW_ENERGY_VEHICLES, 2L);
        assertThat(read((ExperienceService s) -> s.countByArea(SchoolStage.JUNIOR_MIDDLE))).containsEntry(InterestArea.NEW_ENERGY_VEHICLES, 1L);
    }

    @Test
    void coursesWithTheSoonestSessionComeFirstAndPastSessionsDoNotCount() {
        long centre = centre(institution());
        long later = course(centre, InterestArea.DIGITAL_MEDIA, false, false, true);
        long sooner = course(centre, InterestArea.DIGITAL_MEDIA, false, false, true);
        long nothingPlanned = course(centre, InterestArea.DIGITAL_MEDIA, false, false, true);
        session(later, TODAY.plusDays(10), 20, 0);
        session(sooner, TODAY.minusDays(5), 20, 0);
        session(sooner, TODAY.plusDays(3), 20, 0);

        CoursePage page = read((ExperienceService s) -> s.browse(InterestArea.DIGITAL_MEDIA, SchoolStage.SENIOR_MIDDLE, TODAY, 0, 100));

        assertThat(ids(page)).containsExactly(sooner, later, nothingPlanned);
        CourseOutlook first = page.courses().get(0);
        assertThat(first.nextSession()).isEqualTo(TODAY.plusDays(3));
        assertThat(first.upcomingSessions()).isEqualTo(1);
        assertThat(first.centre().id()).isEqualTo(centre);
        assertThat(page.courses().get(2).nextSession()).isNull();
        assertThat(page.courses().get(2).upcomingSessions()).isZero();

        assertThat(ids(read((ExperienceService s) -> s.browse(InterestArea.DIGITAL_MEDIA, SchoolStage.SENIOR_MIDDLE, TODAY, 1, 1))))
                .as("the second page of one").containsExactly(later);
    }

    @Test
    void freeSeatsAreTheCapacityLessTheSeatsBooked() {
        long course = course(centre(institution()), InterestArea.AGRICULTURE, true, true, true);
        long nearlyFull = session(course, TODAY.plusDays(2), 24, 20);
        long full = session(course, TODAY.plusDays(9), 10, 10);

        List<PublishedSession> sessions = read((ExperienceService s) -> s.upcomingSessions(course, TODAY));

        assertThat(sessions).extracting(PublishedSession::id).containsExactly(nearlyFull, full);
        assertThat(sessions).extracting(PublishedSession::seatsBooked).containsExactly(20, 10);
        CourseOutlook outlook = read((ExperienceService s) -> s.browse(InterestArea.AGRICULTURE, null, TODAY, 0, 100)).courses().stream()
                .filter(o -> o.course().id() == course).findFirst().orElseThrow();
        assertThat(outlook.freeSeats()).isEqualTo(4);
        assertThat(outlook.upcomingSessions()).isEqualTo(2);
    }

    @Test
    void anInstitutionsCentresAndTheirCoursesAreFound() {
        long institution = institution();
        long centre = centre(institution);
        long first = course(centre, InterestArea.OTHER, true, false, false);
        long second = course(centre, InterestArea.OTHER, false, true, false);
        course(centre(institution()), InterestArea.OTHER, true, false, false);

        List<PublishedCentre> centres = read((ExperienceService s) -> s.centresOf(institution));

        assertThat(centres).extracting(PublishedCentre::id).containsExactly(centre);
        assertThat(read((ExperienceService s) -> s.coursesAt(List.of(centre), 10))).extracting(PublishedCourse::id).containsExactly(first, second);
        assertThat(read((ExperienceService s) -> s.coursesAt(List.of(), 10))).isEmpty();
    }

    // --- publishing test content ------------------------------------------------------------------

    private long institution() {
        int n = ++serial;
        return publish(new InstitutionProjection(), ContentType.INSTITUTION, "institution-" + n,
                Institutions.jiamusiVocationalInstitute().build(), slugs("institution-" + n));
    }

    private long centre(long institution) {
        int n = ++serial;
        return publish(new ExperienceCentreProjection(), ContentType.EXPERIENCE_CENTRE, "centre-" + n,
                Experiences.centre(institution).build(), slugs("centre-" + n));
    }

    private long course(long centre, InterestArea area, boolean primary, boolean juniorMiddle, boolean seniorMiddle) {
        int n = ++serial;
        ContentDraft draft = DraftBuilder.from(Experiences.course(centre).build())
                .field(ExperienceCourseProjection.INTEREST_AREA, area.name())
                .field(ExperienceCourseProjection.FOR_PRIMARY, primary)
                .field(ExperienceCourseProjection.FOR_JUNIOR_MIDDLE, juniorMiddle)
                .field(ExperienceCourseProjection.FOR_SENIOR_MIDDLE, seniorMiddle)
                .build();
        return publish(new ExperienceCourseProjection(), ContentType.EXPERIENCE_COURSE, "course-" + n, draft, slugs("course-" + n));
    }

    private long session(long course, LocalDate date, int capacity, int seatsBooked) {
        int n = ++serial;
        ContentDraft draft = DraftBuilder.from(Experiences.session(course).build())
                .field(SessionProjection.DATE, date.toString())
                .field(SessionProjection.CAPACITY, capacity)
                .build();
        long id = publish(new SessionProjection(), ContentType.SESSION, "session-" + n, draft, Map.of());
        // What the bookings do: change the count in place, never through the projection.
        Transactions.inTransaction(emf(), em -> em.createNativeQuery("update experience_session set seats_booked = ?1 where id = ?2")
                .setParameter(1, seatsBooked)
                .setParameter(2, id)
                .executeUpdate());
        return id;
    }

    private long publish(ContentProjection projection, ContentType type, String ref, ContentDraft draft, Map<Language, String> slugs) {
        return ContentItems.publish(emf(), projection, type, ref, draft, slugs);
    }

    private <T> T read(Function<ExperienceService, T> query) {
        return Transactions.inTransaction(emf(), em -> query.apply(new ExperienceService(em)));
    }

    private static List<Long> ids(CoursePage page) {
        return page.courses().stream().map(o -> o.course().id()).toList();
    }
}
