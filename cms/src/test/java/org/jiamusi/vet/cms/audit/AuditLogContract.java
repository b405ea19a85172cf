package org.jiamusi.vet.cms.audit;

import org.jiamusi.vet.cms.testing.Actors;
import org.jiamusi.vet.cms.testing.DatabaseContract;
import org.jiamusi.vet.cms.testing.TestClock;
import org.jiamusi.vet.cms.testing.Transactions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log's filters and paging, made by the database. */
abstract class AuditLogContract extends DatabaseContract {

    private static final Instant FIRST_OF_DECEMBER = Instant.parse("2026-12-01T00:00:00Z");

    private final TestClock clock = new TestClock(FIRST_OF_DECEMBER);

    @BeforeAll
    void fillTheLog() {
        // one day each: a login, a save of item 5, a publish of item 5, a failed login, a save of item 6
        String[][] entries = {{"li.editor", "login"}, {"li.editor", "item.save"}, {"wang.reviewer", "workflow.publish"},
                {"li.editor", "login.failed"}, {"li.editor", "item.save"}};
        Long[] items = {null, 5L, 5L, null, 6L};
        for (int day = 0; day < entries.length; day++) {
            String[] entry = entries[day];
            Long item = items[day];
            inLog(log -> {
                log.record(entry[0], Actors.ADDRESS, entry[1], item == null ? null : "programme", item, null);
                return null;
            });
            clock.advance(Duration.ofDays(1));
        }
    }

    @Test
    void filtersByWhoWhatWhichItemAndWhenNewestFirst() {
        assertThat(count(AuditQuery.everything())).isEqualTo(5);
        assertThat(count(new AuditQuery("li.editor", null, null, null, null))).isEqualTo(4);
        assertThat(count(new AuditQuery(null, "item.save", null, null, null))).isEqualTo(2);
        assertThat(count(new AuditQuery(null, null, 5L, null, null))).isEqualTo(2);
        assertThat(count(new AuditQuery(null, null, null, FIRST_OF_DECEMBER.plus(Duration.ofDays(1)), FIRST_OF_DECEMBER.plus(Duration.ofDays(3)))))
                .isEqualTo(2);
        assertThat(inLog((AuditLog log) -> log.find(new AuditQuery("li.editor", null, null, null, null), 0, 10)))
                .extracting(AuditEntry::getAction).containsExactly("item.save", "login.failed", "item.save", "login");
    }

    @Test
    void anActionFindsItsFamilyButNotLookalikes() {
        assertThat(inLog((AuditLog log) -> log.find(new AuditQuery(null, "login", null, null, null), 0, 10)))
                .extracting(AuditEntry::getAction).containsExactly("login.failed", "login");
        assertThat(count(new AuditQuery(null, "log", null, null, null))).isZero();
    }

    @Test
    void pagesAreCutByTheDatabase() {
        assertThat(inLog((AuditLog log) -> log.find(AuditQuery.everything(), 1, 2))).extracting(AuditEntry::getAction)
                .containsExactly("login.failed", "workflow.publish");
        assertThat(inLog(AuditLog::actions)).containsExactly("item.save", "login", "login.failed", "workflow.publish");
    }

    private long count(AuditQuery query) {
        return inLog(log -> log.count(query));
    }

    private <T> T inLog(Function<AuditLog, T> work) {
        return Transactions.inTransaction(emf(), em -> work.apply(new AuditLog(em, clock)));
    }
}
