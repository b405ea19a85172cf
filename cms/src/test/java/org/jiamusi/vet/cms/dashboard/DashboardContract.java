package org.jiamusi.vet.cms.dashboard;

import jakarta.persistence.EntityManagerFactory;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.WorkflowStatus;
import org.jiamusi.vet.cms.testing.Actors;
import org.jiamusi.vet.cms.testing.BackOffice;
import org.jiamusi.vet.cms.testing.BackOffice.Services;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.cms.testing.Programmes;
import org.jiamusi.vet.cms.testing.TestClock;
import org.jiamusi.vet.cms.testing.TestDatabase;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's and the translation desk's queries on a real database; every test starts from an
 * empty content table, so the counts are exact.
 */
abstract class DashboardContract {

    private static final Instant MORNING = Instant.parse("2026-12-01T01:00:00Z");
    private static final long SCHOOL_A = 7001;
    private static final long SCHOOL_B = 7002;

    private TestDatabase database;
    private EntityManagerFactory emf;
    private BackOffice office;
    private final TestClock clock = new TestClock(MORNING);

    @TempDir
    Path media;

    abstract TestDatabase.Kind kind();

    /** A fresh database per test: the counts are exact. */
    @BeforeEach
    void startDatabase() {
        database = TestDatabase.migrated(kind());
        emf = database.entityManagerFactory();
        office = new BackOffice(emf, clock, media);
    }

    @AfterEach
    void dropDatabase() throws Exception {
        emf.close();
        database.close();
    }

    @Test
    void missingAndOutdatedTranslationsAreCountedPerLanguageAndListedPageByPage() {
        long translated = create(Actors.editor(), "translated", Programmes.dental(), null);
        long chineseOnly = create(Actors.editor(), "chinese-only", Programmes.chineseOnly("老年保健与管理"), null);
        long russianOnly = create(Actors.editor(), "russian-only", Programmes.chineseOnly("眼视光技术").withTexts(Language.RU,
                Map.of("title", "Оптометрия")), null);
        clock.advance(Duration.ofMinutes(1));
        // the Chinese source changes: both translations of "translated" are now outdated
        office.inTransaction((Services s) -> s.content().save(Actors.editor(), translated, 1,
                DraftBuilder.from(Programmes.dental()).text(Language.ZH, "summary", "新的简介。").build(), "source"));

        List<TranslationCounts> counts = office.inTransaction((Services s) -> s.dashboard().translationCounts(Actors.editor()));

        assertThat(counts).containsExactly(new TranslationCounts(Language.RU, 1, 1), new TranslationCounts(Language.EN, 2, 1));
        assertThat(office.inTransaction((Services s) -> s.dashboard().missing(Actors.editor(), Language.EN, 0, 10)))
                .extracting(ItemSummary::id).containsExactlyInAnyOrder(chineseOnly, russianOnly);
        assertThat(office.inTransaction((Services s) -> s.dashboard().missing(Actors.editor(), Language.EN, 1, 1))).hasSize(1);
        assertThat(office.inTransaction((Services s) -> s.dashboard().outdated(Actors.editor(), Language.RU, 0, 10)))
                .singleElement().satisfies(item -> {
                    assertThat(item.id()).isEqualTo(translated);
                    assertThat(item.title()).isEqualTo(Programmes.DENTAL_ZH);
                });
    }

    @Test
    void aWithdrawnTranslationCountsAsMissingAgainAndAnArchivedItemNotAtAll() {
        long id = create(Actors.editor(), "withdrawn", Programmes.welding(), null);
        office.inTransaction((Services s) -> s.content().save(Actors.editor(), id, 1, DraftBuilder.from(Programmes.welding()).without(Language.EN).build(), "no English"));
        assertThat(office.inTransaction((Services s) -> s.dashboard().countMissing(Actors.editor(), Language.EN))).isEqualTo(1);
        assertThat(office.inTransaction((Services s) -> s.content().translationStatus(id))).containsEntry(Language.EN,
                org.jiamusi.vet.cms.content.TranslationStatus.MISSING);

        office.inTransaction((Services s) -> s.content().archive(Actors.reviewer(), id));

        assertThat(office.inTransaction((Services s) -> s.dashboard().countMissing(Actors.editor(), Language.EN))).isZero();
    }

    @Test
    void myDraftsReviewQueueScheduleAndStatusCountsAreEachEditorsOwnAndScopedToTheirInstitution() {
        long mine = create(Actors.editor(), "mine", Programmes.chineseOnly("物流管理"), SCHOOL_A);
        long inReview = create(Actors.editor(), "in-review", Programmes.chineseOnly("会计"), SCHOOL_B);
        long scheduled = create(Actors.institutionEditor(SCHOOL_A), "scheduled", Programmes.chineseOnly("护理"), SCHOOL_A);
        office.inTransaction((Services s) -> s.content().submitForReview(Actors.editor(), inReview));
        office.inTransaction((Services s) -> s.content().schedule(Actors.reviewer(), scheduled, MORNING.plus(Duration.ofDays(2)), null));

        assertThat(office.inTransaction((Services s) -> s.dashboard().myDrafts(Actors.editor(), 10))).extracting(ItemSummary::id).containsExactly(mine);
        assertThat(office.inTransaction((Services s) -> s.dashboard().awaitingReview(Actors.reviewer(), 10))).extracting(ItemSummary::id).containsExactly(inReview);
        assertThat(office.inTransaction((Services s) -> s.dashboard().scheduled(Actors.reviewer(), 10))).singleElement()
                .satisfies(item -> assertThat(item.publishAt()).isEqualTo(MORNING.plus(Duration.ofDays(2))));
        assertThat(office.inTransaction((Services s) -> s.dashboard().countsByStatus(Actors.editor())))
                .containsEntry(WorkflowStatus.DRAFT, 2L).containsEntry(WorkflowStatus.IN_REVIEW, 1L)
                .containsEntry(WorkflowStatus.PUBLISHED, 0L).containsEntry(WorkflowStatus.ARCHIVED, 0L);

        Actor schoolB = Actors.institutionEditor(SCHOOL_B);
        assertThat(office.inTransaction((Services s) -> s.dashboard().countsByStatus(schoolB)))
                .containsEntry(WorkflowStatus.DRAFT, 0L).containsEntry(WorkflowStatus.IN_REVIEW, 1L);
        assertThat(office.inTransaction((Services s) -> s.dashboard().awaitingReview(Actors.institutionEditor(SCHOOL_A), 10))).isEmpty();
    }

    private long create(Actor actor, String ref, org.jiamusi.vet.cms.content.ContentDraft draft, Long institution) {
        return office.inTransaction((Services s) -> s.content().create(actor, ContentType.PROGRAMME, ref, institution, false, draft, null).getId());
    }
}
