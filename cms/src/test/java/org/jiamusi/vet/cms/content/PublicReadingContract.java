package org.jiamusi.vet.cms.content;

import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.cooperation.CooperationProjectProjection;
import org.jiamusi.vet.cms.event.EventProjection;
import org.jiamusi.vet.cms.event.EventService;
import org.jiamusi.vet.cms.event.PublishedEvent;
import org.jiamusi.vet.cms.experience.ExperienceCentreProjection;
import org.jiamusi.vet.cms.experience.ExperienceCourse;
import org.jiamusi.vet.cms.experience.ExperienceCourseProjection;
import org.jiamusi.vet.cms.experience.ExperienceService;
import org.jiamusi.vet.cms.experience.PublishedSession;
import org.jiamusi.vet.cms.experience.SessionProjection;
import org.jiamusi.vet.cms.institution.Institution;
import org.jiamusi.vet.cms.institution.InstitutionProjection;
import org.jiamusi.vet.cms.programme.ProgrammeProjection;
import org.jiamusi.vet.cms.testing.Actors;
import org.jiamusi.vet.cms.testing.DatabaseContract;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.cms.testing.Events;
import org.jiamusi.vet.cms.testing.Experiences;
import org.jiamusi.vet.cms.testing.Institutions;
import org.jiamusi.vet.cms.testing.TestClock;
import org.jiamusi.vet.cms.testing.Transactions;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the public side reads, on a real database with the real migrations: only published items,
 * a page at a time with their references loaded in batches (the number of statements does not grow
 * with the page), and a public version that moves with every public change. Run once per database
 * kind by its subclasses.
 */
abstract class PublicReadingContract extends DatabaseContract {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T01:00:00Z");
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final Actor EDITOR = Actors.editor();
    private static final Actor REVIEWER = Actors.reviewer();

    private final TestClock clock = new TestClock(MONDAY_MORNING);
    private int refs;

    /** As in the server's persistence unit: collections of a page load in batches. */
    @Override
    protected Map<String, Object> persistenceProperties() {
        return Map.of("hibernate.default_batch_fetch_size", 50, "hibernate.generate_statistics", true);
    }

    @Test
    void publicVersionMovesWithEveryPublicChangeAndSettlesOnlyOnceTheIndexHasTakenIt() {
        PublicVersion.Stamp before = stamp();

        long id = publishedInstitution("version");
        PublicVersion.Stamp published = stamp();
        assertThat(published.changes()).isEqualTo(before.changes() + 1);
        assertThat(published.backlog()).isPositive();
        assertThat(published.settled(clock.instant().plus(Duration.ofHours(1)), SETTLE)).as("the index has not taken it yet").isFalse();

        inTransaction((service, em) -> em.createQuery("delete from PublicationEvent").executeUpdate());
        PublicVersion.Stamp indexed = stamp();
        assertThat(indexed.settled(clock.instant(), SETTLE)).as("just published: the engine may not show it yet").isFalse();
        assertThat(indexed.settled(clock.instant().plus(SETTLE), SETTLE)).isTrue();

        ContentDraft renamed = DraftBuilder.from(institution("version")).text(Language.ZH, ContentSchema.TITLE, "佳木斯职业学院（新）").build();
        inTransaction((service, em) -> service.save(EDITOR, id, service.find(id).orElseThrow().getCurrentRevision(), renamed, "pending"));
        assertThat(stamp().changes()).as("a pending revision is not public").isEqualTo(published.changes());

        clock.advance(Duration.ofMinutes(5));
        inTransaction((service, em) -> service.archive(REVIEWER, id));
        PublicVersion.Stamp withdrawn = stamp();
        assertThat(withdrawn.changes()).isEqualTo(published.changes() + 1);
        assertThat(withdrawn.changedAt()).isEqualTo(clock.instant());
    }

    @Test
    void listsCountAndFindShowPublishedItemsOnly() {
        long first = publishedInstitution("list-a");
        long second = publishedInstitution("list-b");
        long draft = inTransaction((service, em) -> service.create(EDITOR, ContentType.INSTITUTION, ref("list-draft"), null, false,
                institution("list-draft"), "never published").getId());

        List<Long> listed = inTransaction((service, em) -> new PublicItemList(em).page(Institution.class, 0, 1000).stream().map(Institution::getId).toList());
        assertThat(listed).contains(first, second).doesNotContain(draft).isSorted();
        long count = inTransaction((service, em) -> new PublicItemList(em).count(Institution.class));
        assertThat(count).isEqualTo(listed.size());
        java.util.Set<Long> byIds = inTransaction((service, em) -> new PublicItemList(em).byIds(Institution.class, List.of(second, draft, first)).keySet());
        assertThat(byIds).containsExactly(first, second);
        java.util.Optional<Institution> unpublished = inTransaction((service, em) -> new PublicItems(em, service).find(Institution.class, draft));
        assertThat(unpublished).isEmpty();

        inTransaction((service, em) -> service.archive(REVIEWER, first));
        java.util.Optional<Institution> archived = inTransaction((service, em) -> new PublicItems(em, service).find(Institution.class, first));
        assertThat(archived).isEmpty();
        long afterArchive = inTransaction((service, em) -> new PublicItemList(em).count(Institution.class));
        assertThat(afterArchive).isEqualTo(count - 1);
    }

    @Test
    void aSlugLeadsToTheEntryOfTheItemWithItsTextsReadForUseOutsideTheTransaction() {
        long id = publishedInstitution("entry-a");
        PublicEntry listed = inTransaction((service, em) -> new PublicItemList(em).entries(Institution.class, 0, 1000)).stream()
                .filter(entry -> entry.id() == id).findFirst().orElseThrow();
        String slug = listed.textFor(Language.RU).text().slug();

        PublicEntry found = inTransaction((service, em) -> new PublicItems(em, service)
                .findForReader(ContentType.INSTITUTION, Institution.class, Language.RU, slug)).orElseThrow();

        assertThat(found).isEqualTo(listed);
        assertThat(found.type()).isEqualTo(ContentType.INSTITUTION);
        assertThat(found.texts()).containsKey(Language.SOURCE);
    }

    @Test
    void eventsArePagedByTheirFirstDayPastOnesIncluded() {
        long host = publishedInstitution("event-host");
        long later = publish(ContentType.EVENT, "event-later", eventOn(host, "2027-03-01", "later"));
        long earlier = publish(ContentType.EVENT, "event-earlier", eventOn(host, "2020-03-01", "earlier"));

        List<Long> all = inTransaction((service, em) -> new EventService(em).page(0, 1000).stream().map(PublishedEvent::id).toList());
        assertThat(all).containsSubsequence(earlier, later);
        long count = inTransaction((service, em) -> new EventService(em).count());
        assertThat(count).isEqualTo(all.size());
        long onItsOwnPage = inTransaction((service, em) -> new EventService(em).page(all.indexOf(later), 1).get(0).id());
        assertThat(onItsOwnPage).isEqualTo(later);
    }

    @Test
    void aPageOfCoursesWithTheirCentresAndSessionsTakesTheSameStatementsForTwoCoursesAsForSix() {
        long centre = publish(ContentType.EXPERIENCE_CENTRE, "centre", Experiences.centre(publishedInstitution("centre-owner")).build());
        for (int i = 0; i < 6; i++) {
            long course = publish(ContentType.EXPERIENCE_COURSE, "course-" + i, renamedCourse(centre, i));
            publish(ContentType.SESSION, "session-" + i + "-b", Experiences.session(course).field(SessionProjection.DATE, "2026-07-16").build());
            publish(ContentType.SESSION, "session-" + i + "-a", Experiences.session(course).build());
        }

        long forTwo = statementsToRead(2);
        long forSix = statementsToRead(6);

        assertThat(forSix).isEqualTo(forTwo);
        Map<Long, List<PublishedSession>> sessions = inTransaction((service, em) -> {
            List<Long> ids = new PublicItemList(em).page(ExperienceCourse.class, 0, 6).stream().map(ExperienceCourse::getId).toList();
            return new ExperienceService(em).sessionsOf(ids);
        });
        assertThat(sessions).hasSize(6);
        assertThat(sessions.values()).allSatisfy(list -> assertThat(list).extracting(s -> s.date().toString())
                .containsExactly(Experiences.SESSION_DATE, "2026-07-16"));
    }

    private long statementsToRead(int courses) {
        Statistics statistics = emf().unwrap(SessionFactory.class).getStatistics();
        return inTransaction((service, em) -> {
            statistics.clear();
            List<ExperienceCourse> page = new PublicItemList(em).page(ExperienceCourse.class, 0, courses);
            assertThat(page).hasSize(courses);
            Map<Long, List<PublishedSession>> sessions = new ExperienceService(em).sessionsOf(page.stream().map(ExperienceCourse::getId).toList());
            var centres = new ExperienceService(em).centres(page.stream().map(ExperienceCourse::getCentreId).toList());
            // touch everything an answer shows
            page.forEach(course -> course.getTexts().values().forEach(text -> text.getTitle().length()));
            sessions.values().forEach(list -> list.forEach(s -> s.texts().size()));
            centres.values().forEach(c -> c.texts().size());
            return statistics.getPrepareStatementCount();
        });
    }

    // ------------------------------------------------------------ helpers

    private ContentDraft institution(String name) {
        return DraftBuilder.from(Institutions.jiamusiVocationalInstitute().build())
                .text(Language.ZH, ContentSchema.TITLE, Institutions.TITLE_ZH + name)
                .text(Language.RU, ContentSchema.TITLE, Institutions.TITLE_RU + " " + name)
                .text(Language.EN, ContentSchema.TITLE, Institutions.TITLE_EN + " " + name)
                .build();
    }

    private static ContentDraft renamedCourse(long centre, int i) {
        return Experiences.course(centre)
                .text(Language.ZH, ContentSchema.TITLE, Experiences.COURSE_TITLE_ZH + i)
                .text(Language.RU, ContentSchema.TITLE, "Юный зубной техник " + i)
                .text(Language.EN, ContentSchema.TITLE, "Little dental technicians " + i)
                .build();
    }

    private static ContentDraft eventOn(long host, String day, String name) {
        return Events.openDay(host)
                .field(org.jiamusi.vet.cms.event.EventProjection.START_DATE, day)
                .field(org.jiamusi.vet.cms.event.EventProjection.END_DATE, null)
                .text(Language.ZH, ContentSchema.TITLE, Events.TITLE_ZH + name)
                .text(Language.RU, ContentSchema.TITLE, "День открытых дверей " + name)
                .text(Language.EN, ContentSchema.TITLE, "Open day " + name)
                .build();
    }

    private long publishedInstitution(String name) {
        return publish(ContentType.INSTITUTION, "institution-" + name, institution(name));
    }

    private long publish(ContentType type, String name, ContentDraft draft) {
        long id = inTransaction((service, em) -> service.create(EDITOR, type, ref(name), null, false, draft, "created").getId());
        inTransaction((service, em) -> service.submitForReview(EDITOR, id));
        inTransaction((service, em) -> service.publish(REVIEWER, id));
        return id;
    }

    private String ref(String name) {
        return name + "-" + (++refs);
    }

    private PublicVersion.Stamp stamp() {
        return inTransaction((service, em) -> new PublicVersion(em, clock).current());
    }

    private <T> T inTransaction(java.util.function.BiFunction<ContentService, EntityManager, T> work) {
        return Transactions.inTransaction(emf(), em -> work.apply(new ContentService(em, new AuditLog(em, clock), clock, List.of(
                new ProgrammeProjection(), new InstitutionProjection(), new ExperienceCentreProjection(),
                new ExperienceCourseProjection(), new SessionProjection(), new EventProjection(), new CooperationProjectProjection())), em));
    }
}
