package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.cms.account.AccessDeniedException;
import jakarta.persistence.EntityManagerFactory;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.programme.ProgrammeProjection;
import org.jiamusi.vet.cms.testing.Actors;
import org.jiamusi.vet.cms.testing.Programmes;
import org.jiamusi.vet.cms.testing.TestClock;
import org.jiamusi.vet.cms.testing.TestDatabase;
import org.jiamusi.vet.cms.testing.Transactions;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The editorial workflow cell by cell: for every move, state and role, whether the move is allowed,
 * as written out below, independently of {@link WorkflowAction}'s own table. Each cell is checked
 * twice: the service's answer to {@link ContentService#allowedActions}, and what the service does
 * when it is asked to make the move (done, or refused with nothing changed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorialWorkflowH2Test {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T01:00:00Z");
    private static final long SCHOOL_A = 9101;
    private static final long SCHOOL_B = 9102;

    /** The people asked, by the column names of {@link #TABLE}; every item belongs to school A. */
    private static final Map<String, Actor> ACTORS = new LinkedHashMap<>();

    static {
        ACTORS.put("admin", new Actor("zhou.admin", Set.of(Role.ADMINISTRATOR), null, Set.of(), Actors.ADDRESS));
        ACTORS.put("editor", Actors.editor());
        ACTORS.put("own school", Actors.institutionEditor(SCHOOL_A));
        ACTORS.put("other school", Actors.institutionEditor(SCHOOL_B));
        ACTORS.put("translator", Actors.russianTranslator());
        ACTORS.put("reviewer", Actors.reviewer());
    }

    /**
     * The workflow as the back office is meant to run it: review is the usual path, but a reviewer
     * may publish a draft directly; only a reviewer (or an administrator) publishes, schedules and
     * archives; editors send to review, take back, restore and reopen, an institution editor only
     * their own institution's items; a translator makes no move.
     */
    private static final String TABLE = """
            move      | from      | admin | editor | own school | other school | translator | reviewer
            SUBMIT    | DRAFT     | yes   | yes    | yes        | no           | no         | no
            SUBMIT    | IN_REVIEW | no    | no     | no         | no           | no         | no
            SUBMIT    | PUBLISHED | no    | no     | no         | no           | no         | no
            SUBMIT    | ARCHIVED  | no    | no     | no         | no           | no         | no
            SEND_BACK | DRAFT     | no    | no     | no         | no           | no         | no
            SEND_BACK | IN_REVIEW | yes   | yes    | yes        | no           | no         | yes
            SEND_BACK | PUBLISHED | no    | no     | no         | no           | no         | no
            SEND_BACK | ARCHIVED  | no    | no     | no         | no           | no         | no
            PUBLISH   | DRAFT     | yes   | no     | no         | no           | no         | yes
            PUBLISH   | IN_REVIEW | yes   | no     | no         | no           | no         | yes
            PUBLISH   | PUBLISHED | no    | no     | no         | no           | no         | no
            PUBLISH   | ARCHIVED  | no    | no     | no         | no           | no         | no
            ARCHIVE   | DRAFT     | yes   | no     | no         | no           | no         | yes
            ARCHIVE   | IN_REVIEW | yes   | no     | no         | no           | no         | yes
            ARCHIVE   | PUBLISHED | yes   | no     | no         | no           | no         | yes
            ARCHIVE   | ARCHIVED  | no    | no     | no         | no           | no         | no
            RESTORE   | DRAFT     | no    | no     | no         | no           | no         | no
            RESTORE   | IN_REVIEW | no    | no     | no         | no           | no         | no
            RESTORE   | PUBLISHED | no    | no     | no         | no           | no         | no
            RESTORE   | ARCHIVED  | yes   | yes    | yes        | no           | no         | no
            REOPEN    | DRAFT     | no    | no     | no         | no           | no         | no
            REOPEN    | IN_REVIEW | no    | no     | no         | no           | no         | no
            REOPEN    | PUBLISHED | yes   | yes    | yes        | no           | no         | no
            REOPEN    | ARCHIVED  | no    | no     | no         | no           | no         | no
            SCHEDULE  | DRAFT     | yes   | no     | no         | no           | no         | yes
            SCHEDULE  | IN_REVIEW | yes   | no     | no         | no           | no         | yes
            SCHEDULE  | PUBLISHED | yes   | no     | no         | no           | no         | yes
            SCHEDULE  | ARCHIVED  | no    | no     | no         | no           | no         | no
            """;

    /** Where a move that is done leaves the item; scheduling leaves it where it was. */
    private static final Map<WorkflowAction, WorkflowStatus> LEADS_TO = Map.of(
            WorkflowAction.SUBMIT, WorkflowStatus.IN_REVIEW,
            WorkflowAction.SEND_BACK, WorkflowStatus.DRAFT,
            WorkflowAction.PUBLISH, WorkflowStatus.PUBLISHED,
            WorkflowAction.ARCHIVE, WorkflowStatus.ARCHIVED,
            WorkflowAction.RESTORE, WorkflowStatus.DRAFT,
            WorkflowAction.REOPEN, WorkflowStatus.DRAFT);

    /** One cell of the table. */
    record Cell(WorkflowAction move, WorkflowStatus from, String who, boolean allowed) {
    }

    /**
     * The service's calls, each with the moves it makes: "back to draft" is one call that makes
     * whichever of its three moves the item's state calls for.
     */
    enum Call {
        SUBMIT_FOR_REVIEW(WorkflowAction.SUBMIT),
        PUBLISH(WorkflowAction.PUBLISH),
        ARCHIVE(WorkflowAction.ARCHIVE),
        SCHEDULE(WorkflowAction.SCHEDULE),
        BACK_TO_DRAFT(WorkflowAction.SEND_BACK, WorkflowAction.RESTORE, WorkflowAction.REOPEN);

        final Set<WorkflowAction> moves;

        Call(WorkflowAction first, WorkflowAction... rest) {
            moves = EnumSet.of(first, rest);
        }
    }

    private TestDatabase database;
    private EntityManagerFactory emf;
    private final TestClock clock = new TestClock(MONDAY_MORNING);
    private final AtomicInteger refs = new AtomicInteger();
    private final Map<WorkflowStatus, Long> oneItemPerState = new EnumMap<>(WorkflowStatus.class);

    @BeforeAll
    void startDatabase() {
        database = TestDatabase.migrated(TestDatabase.Kind.H2);
        emf = database.entityManagerFactory();
        for (WorkflowStatus status : WorkflowStatus.values()) {
            oneItemPerState.put(status, itemIn(status));
        }
    }

    @AfterAll
    void dropDatabase() throws Exception {
        emf.close();
        database.close();
    }

    static List<Cell> cells() {
        List<String> lines = TABLE.lines().toList();
        List<String> columns = split(lines.get(0));
        assertThat(columns.subList(2, columns.size())).as("the table's columns").containsExactlyElementsOf(ACTORS.keySet());
        List<Cell> cells = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = split(line);
            for (int column = 2; column < row.size(); column++) {
                assertThat(row.get(column)).isIn("yes", "no");
                cells.add(new Cell(WorkflowAction.valueOf(row.get(0)), WorkflowStatus.valueOf(row.get(1)), columns.get(column),
                        row.get(column).equals("yes")));
            }
        }
        return cells;
    }

    static Stream<Arguments> everyCell() {
        return cells().stream().map(c -> Arguments.of(c.move(), c.from(), c.who(), c.allowed()));
    }

    static Stream<Arguments> everyCallFromEveryStateByEveryone() {
        List<Arguments> arguments = new ArrayList<>();
        for (Call call : Call.values()) {
            for (WorkflowStatus from : WorkflowStatus.values()) {
                for (String who : ACTORS.keySet()) {
                    arguments.add(Arguments.of(call, from, who));
                }
            }
        }
        return arguments.stream();
    }

    @Test
    void theWrittenTableHasEveryMoveFromEveryStateForEveryone() {
        assertThat(cells()).hasSize(WorkflowAction.values().length * WorkflowStatus.values().length * ACTORS.size());
        assertThat(cells()).extracting(Cell::move).containsAll(EnumSet.allOf(WorkflowAction.class));
    }

    @ParameterizedTest(name = "{0} from {1} by {2}: {3}")
    @MethodSource("everyCell")
    void allowedActionsAnswersEachCellAsWritten(WorkflowAction move, WorkflowStatus from, String who, boolean allowed) {
        Set<WorkflowAction> answer = inTransaction(s -> s.allowedActions(ACTORS.get(who), oneItemPerState.get(from)));

        assertThat(answer.contains(move)).as("%s may %s from %s", who, move, from).isEqualTo(allowed);
    }

    /**
     * Each call, on an item in each state, by each person: done exactly when the table allows one of
     * its moves there, leaving the item where the move leads; otherwise refused with nothing changed,
     * by the role's rule when the state would allow the move to someone, by the state's when the
     * person may make the move from another state.
     */
    @ParameterizedTest(name = "{0} from {1} by {2}")
    @MethodSource("everyCallFromEveryStateByEveryone")
    void theServiceDoesExactlyWhatAllowedActionsOffers(Call call, WorkflowStatus from, String who) {
        Actor actor = ACTORS.get(who);
        long id = itemIn(from);
        boolean written = cells().stream().anyMatch(c -> call.moves.contains(c.move()) && c.from() == from && c.who().equals(who) && c.allowed());
        boolean stateAllowsSomeone = cells().stream().anyMatch(c -> call.moves.contains(c.move()) && c.from() == from && c.allowed());
        boolean roleAllowsElsewhere = cells().stream().anyMatch(c -> call.moves.contains(c.move()) && c.who().equals(who) && c.allowed());
        Set<WorkflowAction> offered = inTransaction(s -> s.allowedActions(actor, id));
        assertThat(offered.stream().anyMatch(call.moves::contains)).as("offered to %s", who).isEqualTo(written);

        Throwable refusal = catchThrowable(() -> inTransaction(s -> make(s, call, actor, id)));

        ContentItem after = inTransaction(s -> s.find(id).orElseThrow());
        if (written) {
            assertThat(refusal).as("refusal of an offered move").isNull();
            WorkflowAction made = offered.stream().filter(call.moves::contains).findFirst().orElseThrow();
            assertThat(after.getStatus()).isEqualTo(LEADS_TO.getOrDefault(made, from));
        } else {
            assertThat(refusal).isInstanceOfAny(AccessDeniedException.class, WorkflowException.class);
            if (stateAllowsSomeone) {
                assertThat(refusal).as("refused by the role").isInstanceOf(AccessDeniedException.class);
            } else if (roleAllowsElsewhere) {
                assertThat(refusal).as("refused by the state").isInstanceOf(WorkflowException.class);
            }
            assertThat(after.getStatus()).as("the state after a refusal").isEqualTo(from);
            assertThat(after.getPublishAt()).as("the schedule after a refusal").isNull();
        }
    }

    @Test
    void aReviewerPublishesADraftThatWasNeverInReview() {
        long id = itemIn(WorkflowStatus.DRAFT);

        inTransaction(s -> s.publish(Actors.reviewer(), id));

        assertThat(inTransaction(s -> s.find(id).orElseThrow()).isLive()).isTrue();
    }

    @Test
    void theTimerPublishesFromDraftOrReviewAndUnpublishesByArchiving() {
        long draft = itemIn(WorkflowStatus.DRAFT);
        long inReview = itemIn(WorkflowStatus.IN_REVIEW);
        long published = itemIn(WorkflowStatus.PUBLISHED);
        Instant soon = clock.instant().plus(Duration.ofMinutes(5));
        for (long id : List.of(draft, inReview)) {
            inTransaction(s -> s.schedule(Actors.reviewer(), id, soon, null));
        }
        inTransaction(s -> s.schedule(Actors.reviewer(), published, null, soon));

        clock.advance(Duration.ofMinutes(10));
        inTransaction(ContentService::runSchedule);

        assertThat(inTransaction(s -> s.find(draft).orElseThrow()).getStatus()).isEqualTo(WorkflowStatus.PUBLISHED);
        assertThat(inTransaction(s -> s.find(inReview).orElseThrow()).getStatus()).isEqualTo(WorkflowStatus.PUBLISHED);
        ContentItem unpublished = inTransaction(s -> s.find(published).orElseThrow());
        assertThat(unpublished.getStatus()).isEqualTo(WorkflowStatus.ARCHIVED);
        assertThat(unpublished.isLive()).isFalse();
    }

    @Test
    void backToDraftOfADraftIsRefusedAsAlreadyADraft() {
        long id = itemIn(WorkflowStatus.DRAFT);

        assertThatThrownBy(() -> inTransaction(s -> s.backToDraft(Actors.editor(), id)))
                .isInstanceOfSatisfying(WorkflowException.class, e -> assertThat(e.messageKey()).isEqualTo("content.workflow.alreadyDraft"));
    }

    @Test
    void aRefusedMoveNamesTheRuleThatRefusedIt() {
        long inReview = itemIn(WorkflowStatus.IN_REVIEW);
        long archived = itemIn(WorkflowStatus.ARCHIVED);

        assertThatThrownBy(() -> inTransaction(s -> s.publish(Actors.editor(), inReview)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.messageKey()).isEqualTo("content.denied.publish"));
        assertThatThrownBy(() -> inTransaction(s -> s.backToDraft(Actors.institutionEditor(SCHOOL_B), inReview)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.messageKey()).isEqualTo("content.denied.otherInstitution"));
        assertThatThrownBy(() -> inTransaction(s -> s.backToDraft(Actors.russianTranslator(), archived)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.messageKey()).isEqualTo("content.denied.source"));
        assertThatThrownBy(() -> inTransaction(s -> s.publish(Actors.reviewer(), archived)))
                .isInstanceOfSatisfying(WorkflowException.class, e -> assertThat(e.messageKey()).isEqualTo("content.workflow.cannotPublish"));
        assertThatThrownBy(() -> inTransaction(s -> s.submitForReview(Actors.editor(), inReview)))
                .isInstanceOfSatisfying(WorkflowException.class, e -> assertThat(e.messageKey()).isEqualTo("content.workflow.cannot.in_review"));
        assertThatThrownBy(() -> inTransaction(s -> s.archive(Actors.reviewer(), archived)))
                .isInstanceOfSatisfying(WorkflowException.class, e -> assertThat(e.messageKey()).isEqualTo("content.workflow.cannotArchive"));
        assertThatThrownBy(() -> inTransaction(s -> s.schedule(Actors.reviewer(), archived, MONDAY_MORNING.plus(Duration.ofDays(1)), null)))
                .isInstanceOfSatisfying(WorkflowException.class, e -> assertThat(e.messageKey()).isEqualTo("content.workflow.cannotSchedule"));
    }

    @Test
    void aListOffersTheMovesTheRolesAllowOnAnItemOfTheirOwn() {
        assertThat(listActions("editor"))
                .containsExactlyInAnyOrder(WorkflowAction.SUBMIT, WorkflowAction.SEND_BACK, WorkflowAction.RESTORE, WorkflowAction.REOPEN);
        assertThat(listActions("own school"))
                .containsExactlyInAnyOrder(WorkflowAction.SUBMIT, WorkflowAction.SEND_BACK, WorkflowAction.RESTORE, WorkflowAction.REOPEN);
        assertThat(listActions("reviewer"))
                .containsExactlyInAnyOrder(WorkflowAction.SEND_BACK, WorkflowAction.PUBLISH, WorkflowAction.ARCHIVE, WorkflowAction.SCHEDULE);
        assertThat(listActions("admin")).containsExactlyInAnyOrder(WorkflowAction.values());
        assertThat(listActions("translator")).isEmpty();
    }

    @Test
    void eachPersonWritesTheLanguagesTheirRoleGivesThem() {
        long id = oneItemPerState.get(WorkflowStatus.DRAFT);

        assertThat(writable("editor", id)).containsExactlyInAnyOrder(Language.values());
        assertThat(writable("own school", id)).containsExactlyInAnyOrder(Language.values());
        assertThat(writable("other school", id)).isEmpty();
        assertThat(writable("translator", id)).containsExactly(Language.RU);
        assertThat(writable("reviewer", id)).isEmpty();
        assertThat(writable("other school", null)).containsExactlyInAnyOrder(Language.values());
    }

    // ------------------------------------------------------------ helpers

    private Set<WorkflowAction> listActions(String who) {
        return inTransaction(s -> s.allowedActions(ACTORS.get(who)));
    }

    /** The languages someone may write on the item, or on a new item of their own when there is no item. */
    private Set<Language> writable(String who, Long id) {
        return inTransaction(s -> id == null ? s.writableLanguages(ACTORS.get(who)) : s.writableLanguages(ACTORS.get(who), id));
    }

    private static Object make(ContentService service, Call call, Actor actor, long id) {
        return switch (call) {
            case SUBMIT_FOR_REVIEW -> service.submitForReview(actor, id);
            case PUBLISH -> service.publish(actor, id);
            case ARCHIVE -> service.archive(actor, id);
            case SCHEDULE -> service.schedule(actor, id, MONDAY_MORNING.plus(Duration.ofDays(30)), null);
            case BACK_TO_DRAFT -> service.backToDraft(actor, id);
        };
    }

    /** A programme of school A in the state, brought there by the usual people. */
    private long itemIn(WorkflowStatus status) {
        String ref = "workflow-" + refs.incrementAndGet();
        long id = inTransaction(s -> s.create(Actors.editor(), ContentType.PROGRAMME, ref, SCHOOL_A, false,
                Programmes.chineseOnly("工业机器人技术 " + ref), null)).getId();
        switch (status) {
            case DRAFT -> { }
            case IN_REVIEW -> inTransaction(s -> s.submitForReview(Actors.editor(), id));
            case PUBLISHED -> inTransaction(s -> s.publish(Actors.reviewer(), id));
            case ARCHIVED -> inTransaction(s -> s.archive(Actors.reviewer(), id));
        }
        assertThat(inTransaction(s -> s.find(id).orElseThrow()).getStatus()).isEqualTo(status);
        return id;
    }

    private static List<String> split(String line) {
        return Stream.of(line.split("\\|")).map(String::strip).toList();
    }

    private <T> T inTransaction(Function<ContentService, T> work) {
        return Transactions.inTransaction(emf, em -> work.apply(
                new ContentService(em, new AuditLog(em, clock), clock, List.of(new ProgrammeProjection()))));
    }
}
