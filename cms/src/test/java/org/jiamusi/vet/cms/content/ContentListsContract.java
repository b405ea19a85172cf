package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.programme.ProgrammeProjection;
import org.jiamusi.vet.cms.testing.Actors;
import org.jiamusi.vet.cms.testing.DatabaseContract;
import org.jiamusi.vet.cms.testing.Programmes;
import org.jiamusi.vet.cms.testing.TestClock;
import org.jiamusi.vet.cms.testing.Transactions;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The back office's lists on a real database: filters, sort and paging are done by the query, and
 * an institution editor neither lists nor opens another institution's items. Each test works in an
 * institution of its own, so the tests do not see each other's items.
 */
abstract class ContentListsContract extends DatabaseContract {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T01:00:00Z");

    private final TestClock clock = new TestClock(MONDAY_MORNING);

    @Test
    void pagesComeSortedFromTheDatabaseAndNeverOverlap() {
        long school = 7101;
        List<String> refs = List.of("list-e", "list-b", "list-d", "list-a", "list-c");
        for (String ref : refs) {
            create(ref, school, Programmes.chineseOnly("专业" + ref));
            clock.advance(Duration.ofMinutes(1));
        }
        ContentFilter filter = new ContentFilter(ContentType.PROGRAMME, null, school, null, null);

        long count = inTransaction((lists, s) -> lists.count(Actors.editor(), filter));
        assertThat(count).isEqualTo(5);
        List<String> byRef = new ArrayList<>();
        for (int first = 0; first < 5; first += 2) {
            int from = first;
            inTransaction((lists, s) -> lists.page(Actors.editor(), filter, from, 2, ContentSort.REF, true))
                    .forEach(row -> byRef.add(row.ref()));
        }
        assertThat(byRef).containsExactly("list-a", "list-b", "list-c", "list-d", "list-e");

        List<ContentRow> latestFirst = inTransaction((lists, s) -> lists.page(Actors.editor(), filter, 0, 2, ContentSort.UPDATED, false));
        assertThat(latestFirst).extracting(ContentRow::ref).containsExactly("list-c", "list-a");
        assertThat(latestFirst.get(0).title()).isEqualTo("专业list-c");
    }

    @Test
    void filtersByStatusInstitutionAndTheStateOfATranslation() {
        long school = 7201;
        long translated = create("filter-translated", school, Programmes.dental()).getId();
        long chineseOnly = create("filter-chinese", school, Programmes.chineseOnly("森林康养")).getId();
        inTransaction((lists, s) -> s.publish(Actors.reviewer(), translated));

        assertThat(refs(new ContentFilter(ContentType.PROGRAMME, WorkflowStatus.PUBLISHED, school, null, null)))
                .containsExactly("filter-translated");
        assertThat(refs(new ContentFilter(ContentType.PROGRAMME, WorkflowStatus.DRAFT, school, null, null)))
                .containsExactly("filter-chinese");
        assertThat(refs(new ContentFilter(ContentType.PROGRAMME, null, school, Language.RU, TranslationStatus.MISSING)))
                .containsExactly("filter-chinese");
        assertThat(refs(new ContentFilter(ContentType.PROGRAMME, null, school, Language.RU, TranslationStatus.UP_TO_DATE)))
                .containsExactly("filter-translated");
        assertThat(refs(new ContentFilter(ContentType.PROGRAMME, null, 7299L, null, null))).isEmpty();

        ContentDraft changed = Programmes.dental();
        Map<String, String> zh = new HashMap<>(changed.texts(Language.ZH));
        zh.put("summary", "培养口腔修复体设计与制作的技术技能人才。");
        ContentDraft sourceChanged = changed.withTexts(Language.ZH, zh);
        inTransaction((lists, s) -> s.save(Actors.editor(), translated, s.find(translated).orElseThrow().getCurrentRevision(), sourceChanged, "source"));

        assertThat(refs(new ContentFilter(ContentType.PROGRAMME, null, school, Language.RU, TranslationStatus.OUTDATED)))
                .containsExactly("filter-translated");
        ContentRow row = inTransaction((lists, s) -> lists.page(Actors.editor(),
                new ContentFilter(ContentType.PROGRAMME, null, school, Language.EN, TranslationStatus.OUTDATED), 0, 10, ContentSort.REF, true)).get(0);
        assertThat(row.translation(Language.EN)).isEqualTo(TranslationStatus.OUTDATED);
        assertThat(row.pendingChanges()).isTrue();
    }

    @Test
    void institutionEditorNeitherListsNorOpensAnotherInstitutionsItems() {
        long own = 7301;
        long other = 7302;
        long ownItem = create("own-school", own, Programmes.welding()).getId();
        long otherItem = create("other-school", other, Programmes.media()).getId();
        Actor schoolEditor = Actors.institutionEditor(own);

        assertThat(refs(schoolEditor, ContentFilter.of(ContentType.PROGRAMME))).containsExactly("own-school");
        assertThat(refs(schoolEditor, new ContentFilter(ContentType.PROGRAMME, null, other, null, null))).isEmpty();
        long opened = inTransaction((lists, s) -> lists.open(schoolEditor, ownItem).getId());
        assertThat(opened).isEqualTo(ownItem);
        assertThatThrownBy(() -> inTransaction((lists, s) -> lists.open(schoolEditor, otherItem)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.messageKey()).isEqualTo("content.denied.otherInstitution"));
        long translatorOpened = inTransaction((lists, s) -> lists.open(Actors.russianTranslator(), otherItem).getId());
        assertThat(translatorOpened).isEqualTo(otherItem);
    }

    // ------------------------------------------------------------ helpers

    private ContentItem create(String ref, long institution, ContentDraft draft) {
        return inTransaction((lists, s) -> s.create(Actors.editor(), ContentType.PROGRAMME, ref, institution, false, draft, "created"));
    }

    private List<String> refs(ContentFilter filter) {
        return refs(Actors.editor(), filter);
    }

    private List<String> refs(Actor actor, ContentFilter filter) {
        return inTransaction((lists, s) -> lists.page(actor, filter, 0, 50, ContentSort.REF, true)).stream().map(ContentRow::ref).toList();
    }

    private <T> T inTransaction(BiFunction<ContentLists, ContentService, T> work) {
        return Transactions.inTransaction(emf(), em -> work.apply(new ContentLists(em),
                new ContentService(em, new AuditLog(em, clock), clock, List.of(new ProgrammeProjection()))));
    }
}
