package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.cms.account.AccessDeniedException;
import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.audit.AuditEntry;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.institution.InstitutionProjection;
import org.jiamusi.vet.cms.programme.ProgrammeProjection;
import org.jiamusi.vet.cms.programme.ProgrammeService;
import org.jiamusi.vet.cms.programme.PublishedProgramme;
import org.jiamusi.vet.cms.testing.Actors;
import org.jiamusi.vet.cms.testing.DatabaseContract;
import org.jiamusi.vet.cms.testing.Institutions;
import org.jiamusi.vet.cms.testing.Programmes;
import org.jiamusi.vet.cms.testing.TestClock;
import org.jiamusi.vet.cms.testing.Transactions;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The editorial rules of {@link ContentService} on a real database with the real migrations; run
 * once per database kind by its subclasses. Programmes stand for every content type here: the
 * rules are the same for all.
 */
abstract class ContentServiceContract extends DatabaseContract {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T01:00:00Z");
    private static final long SCHOOL_A = 9001;
    private static final long SCHOOL_B = 9002;

    private final TestClock clock = new TestClock(MONDAY_MORNING);

    // ------------------------------------------------------------ translation status

    @Test
    void sourceChangeMakesTranslationsOutdatedButAnUnchangedSaveOrAWorkflowMoveDoesNot() {
        long id = create(Actors.editor(), "status", Programmes.dental()).getId();
        assertThat(status(id)).containsEntry(Language.RU, TranslationStatus.UP_TO_DATE).containsEntry(Language.EN, TranslationStatus.UP_TO_DATE);

        save(Actors.editor(), id, Programmes.dental(), "saved without changes");
        submitAndPublish(id);
        assertThat(status(id)).containsEntry(Language.RU, TranslationStatus.UP_TO_DATE).containsEntry(Language.EN, TranslationStatus.UP_TO_DATE);

        save(Actors.editor(), id, withSourceText(Programmes.dental(), "summary", "培养口腔修复体设计与制作的技术技能人才。"), "source changed");
        assertThat(status(id)).containsEntry(Language.RU, TranslationStatus.OUTDATED).containsEntry(Language.EN, TranslationStatus.OUTDATED);
    }

    @Test
    void factChangeLeavesTranslationsUpToDate() {
        long id = create(Actors.editor(), "fact-change", Programmes.welding()).getId();

        save(Actors.editor(), id, Programmes.welding().withField("durationYears", "4"), "four years now");

        assertThat(status(id)).containsEntry(Language.RU, TranslationStatus.UP_TO_DATE);
    }

    @Test
    void translatorUpdatesTheirLanguageOrMarksItReviewedAfterATrivialSourceChange() {
        long id = create(Actors.editor(), "translator-flow", Programmes.media()).getId();
        save(Actors.editor(), id, withSourceText(Programmes.media(), "summary", "数字媒体艺术设计。"), "punctuation");

        inTransaction(s -> {
            s.markTranslationReviewed(Actors.russianTranslator(), id, Language.RU);
            return null;
        });

        assertThat(status(id)).containsEntry(Language.RU, TranslationStatus.UP_TO_DATE).containsEntry(Language.EN, TranslationStatus.OUTDATED);
    }

    @Test
    void languageWithoutTextIsMissing() {
        long id = create(Actors.editor(), "missing", Programmes.chineseOnly("老年保健与管理")).getId();

        assertThat(status(id)).containsEntry(Language.RU, TranslationStatus.MISSING).containsEntry(Language.EN, TranslationStatus.MISSING);
    }

    // ------------------------------------------------------------ workflow and the public site

    @Test
    void editOfAPublishedItemStaysOffThePublicSiteUntilPublished() {
        long id = create(Actors.editor(), "pending", Programmes.welding()).getId();
        submitAndPublish(id);

        save(Actors.editor(), id, withSourceText(Programmes.welding(), "title", "智能焊接技术"), "renamed");

        assertThat(publicTitle(id)).isEqualTo(Programmes.WELDING_ZH);
        assertThat(item(id).hasPendingChanges()).isTrue();
        assertThat(item(id).getStatus()).isEqualTo(WorkflowStatus.DRAFT);

        submitAndPublish(id);
        assertThat(publicTitle(id)).isEqualTo("智能焊接技术");
    }

    @Test
    void draftIsNotPublicAndArchivingTakesAnItemOff() {
        long id = create(Actors.editor(), "lifecycle", Programmes.chineseOnly("城市轨道交通运营管理")).getId();
        assertThat(publicProgramme(id)).isEmpty();

        submitAndPublish(id);
        assertThat(publicProgramme(id)).isPresent();

        inTransaction(s -> s.archive(Actors.reviewer(), id));
        assertThat(publicProgramme(id)).isEmpty();
        assertThat(item(id).getStatus()).isEqualTo(WorkflowStatus.ARCHIVED);

        inTransaction(s -> s.backToDraft(Actors.editor(), id));
        assertThat(item(id).getStatus()).isEqualTo(WorkflowStatus.DRAFT);
        assertThat(publicProgramme(id)).isEmpty();
    }

    @Test
    void scheduledItemsArePublishedAndUnpublishedWhenTheirTimeComes() {
        long id = create(Actors.editor(), "scheduled", Programmes.chineseOnly("婴幼儿托育服务与管理")).getId();
        inTransaction(s -> s.submitForReview(Actors.editor(), id));
        inTransaction(s -> s.schedule(Actors.reviewer(), id, MONDAY_MORNING.plus(Duration.ofHours(2)), MONDAY_MORNING.plus(Duration.ofDays(7))));

        clock.advance(Duration.ofHours(1));
        inTransaction(ContentService::runSchedule);
        assertThat(publicProgramme(id)).isEmpty();

        clock.advance(Duration.ofHours(1));
        inTransaction(ContentService::runSchedule);
        assertThat(publicProgramme(id)).isPresent();
        assertThat(item(id).getStatus()).isEqualTo(WorkflowStatus.PUBLISHED);

        clock.advance(Duration.ofDays(7));
        inTransaction(ContentService::runSchedule);
        assertThat(publicProgramme(id)).isEmpty();
        assertThat(audit(id)).extracting(AuditEntry::getAction).contains("schedule.publish", "schedule.unpublish");
    }

    @Test
    void unpublishBeforePublishIsRefused() {
        long id = create(Actors.editor(), "bad-schedule", Programmes.chineseOnly("园艺技术")).getId();

        assertThatThrownBy(() -> inTransaction(s -> s.schedule(Actors.reviewer(), id, MONDAY_MORNING.plus(Duration.ofDays(2)), MONDAY_MORNING)))
                .isInstanceOf(ContentValidationException.class);
        assertThat(item(id).getPublishAt()).isNull();
    }

    // ------------------------------------------------------------ revisions

    @Test
    void everySaveIsARevisionAndTheDiffGoesFieldByFieldAndLanguageByLanguage() {
        long id = create(Actors.editor(), "diff", Programmes.dental()).getId();
        ContentDraft changed = withSourceText(Programmes.dental(), "careers", "口腔技师、义齿加工企业技术员")
                .withTexts(Language.EN, Map.of("title", Programmes.DENTAL_EN, "summary", "Making crowns and dentures."))
                .withField("durationYears", "5");
        save(Actors.editor(), id, changed, "careers and duration");

        List<FieldChange> diff = inTransaction(s -> s.diff(Actors.editor(), id, 1, 2));

        assertThat(diff).extracting(FieldChange::field, FieldChange::language).contains(
                org.assertj.core.groups.Tuple.tuple("durationYears", null),
                org.assertj.core.groups.Tuple.tuple("careers", Language.ZH),
                org.assertj.core.groups.Tuple.tuple("summary", Language.EN),
                org.assertj.core.groups.Tuple.tuple("description", Language.EN));
        assertThat(diff).noneMatch(c -> c.language() == Language.RU);
        assertThat(history(id)).extracting(RevisionInfo::number, RevisionInfo::author, RevisionInfo::comment)
                .startsWith(org.assertj.core.groups.Tuple.tuple(2, "li.editor", "careers and duration"));
    }

    @Test
    void rollbackCreatesANewRevisionWithTheOldContent() {
        long id = create(Actors.editor(), "rollback", Programmes.media()).getId();
        save(Actors.editor(), id, withSourceText(Programmes.media(), "title", "数字媒体技术"), "wrong title");

        ContentItem rolledBack = inTransaction(s -> s.rollback(Actors.editor(), id, 1, "title was right"));

        assertThat(rolledBack.getCurrentRevision()).isEqualTo(3);
        assertThat(workingCopy(id).text(Language.ZH, "title")).isEqualTo(Programmes.MEDIA_ZH);
        assertThat(history(id)).hasSize(3);
        assertThat(audit(id)).extracting(AuditEntry::getAction).contains("item.rollback");
    }

    // ------------------------------------------------------------ conflicts

    @Test
    void secondOfTwoConcurrentSavesGetsAConflictWithWhatChangedAndNothingIsOverwritten() {
        long id = create(Actors.editor(), "conflict", Programmes.welding()).getId();
        int openedByBoth = item(id).getCurrentRevision();

        save(Actors.editor(), id, withSourceText(Programmes.welding(), "summary", "第一位编辑的摘要"), "first");

        assertThatThrownBy(() -> inTransaction(s -> s.save(Actors.editor(), id, openedByBoth,
                withSourceText(Programmes.welding(), "summary", "第二位编辑的摘要"), "second")))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertThat(conflict.lastAuthor()).isEqualTo("li.editor");
                    assertThat(conflict.theirChanges()).extracting(FieldChange::field, FieldChange::after)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("summary", "第一位编辑的摘要"));
                });
        assertThat(workingCopy(id).text(Language.ZH, "summary")).isEqualTo("第一位编辑的摘要");
    }

    // ------------------------------------------------------------ roles

    @Test
    void institutionEditorWorksOnTheirInstitutionsItemsOnly() {
        Actor schoolA = Actors.institutionEditor(SCHOOL_A);
        long own = create(schoolA, "school-a-programme", Programmes.chineseOnly("会计事务")).getId();
        long other = inTransaction(s -> s.create(Actors.editor(), ContentType.PROGRAMME, "school-b-programme", SCHOOL_B, false,
                Programmes.chineseOnly("电子商务"), null)).getId();

        assertThat(item(own).getInstitutionId()).isEqualTo(SCHOOL_A);
        save(schoolA, own, withSourceText(Programmes.chineseOnly("会计事务"), "summary", "新的摘要"), "own item");
        assertThatThrownBy(() -> save(schoolA, other, Programmes.chineseOnly("电子商务（改）"), "not mine"))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.messageKey()).isEqualTo("content.denied.otherInstitution"));
        assertThatThrownBy(() -> inTransaction(s -> s.create(schoolA, ContentType.PROGRAMME, null, SCHOOL_B, false, Programmes.chineseOnly("物流"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(workingCopy(other).text(Language.ZH, "title")).isEqualTo("电子商务");
    }

    @Test
    void institutionEditorPlacesNothingUnderAnotherInstitution() {
        long schoolA = institution("refs-school-a", "佳木斯第一职业学校");
        long schoolB = institution("refs-school-b", "佳木斯第二职业学校");
        Actor editorA = Actors.institutionEditor(schoolA);
        ContentDraft underB = Programmes.chineseOnly("汽车运用与维修").withField("institution", Long.toString(schoolB));

        assertThatThrownBy(() -> inTransaction(s -> s.create(editorA, ContentType.PROGRAMME, "refs-under-b", null, false, underB, null)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.messageKey()).isEqualTo("content.denied.otherInstitution"));
        assertThat(findByRef("refs-under-b")).isEmpty();

        long own = inTransaction(s -> s.create(editorA, ContentType.PROGRAMME, "refs-own", null, false,
                Programmes.chineseOnly("汽车运用与维修").withField("institution", Long.toString(schoolA)), null)).getId();
        assertThatThrownBy(() -> save(editorA, own, underB, "move it to another school"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(workingCopy(own).field("institution")).isEqualTo(Long.toString(schoolA));

        // what an editor of the whole city chose stays, and the institution editor can still edit the text
        save(Actors.editor(), own, underB, "a joint programme of both schools");
        save(editorA, own, withSourceText(underB, "summary", "两校合办"), "text only");
        assertThat(workingCopy(own).text(Language.ZH, "summary")).isEqualTo("两校合办");
    }

    @Test
    void institutionEditorReadsNoRevisionOfAnotherInstitutionsItem() {
        long other = inTransaction(s -> s.create(Actors.editor(), ContentType.PROGRAMME, "read-school-b", SCHOOL_B, false,
                Programmes.chineseOnly("电子商务"), null)).getId();
        save(Actors.editor(), other, withSourceText(Programmes.chineseOnly("电子商务"), "summary", "未公开的草稿"), "draft");
        Actor schoolA = Actors.institutionEditor(SCHOOL_A);

        assertThatThrownBy(() -> inTransaction(s -> s.workingCopy(schoolA, other))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inTransaction(s -> s.history(schoolA, other))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inTransaction(s -> s.diff(schoolA, other, 1, 2))).isInstanceOf(AccessDeniedException.class);
        List<FieldChange> ownSchools = inTransaction(s -> s.diff(Actors.institutionEditor(SCHOOL_B), other, 1, 2));
        assertThat(ownSchools).extracting(FieldChange::after).contains("未公开的草稿");
    }

    @Test
    void translatorChangesOnlyTheirLanguageNeverTheSourceOrTheFacts() {
        long id = create(Actors.editor(), "translator-limits", Programmes.dental()).getId();
        Actor translator = Actors.russianTranslator();

        save(translator, id, Programmes.dental().withTexts(Language.RU, Map.of("title", "Зуботехническое дело")), "better Russian title");
        assertThatThrownBy(() -> save(translator, id, withSourceText(inTransaction(s -> s.workingCopy(id)), "title", "口腔修复"), "source"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> save(translator, id, inTransaction(s -> s.workingCopy(id)).withTexts(Language.EN, Map.of("title", "Dental Tech")), "english"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> save(translator, id, inTransaction(s -> s.workingCopy(id)).withField("level", "SECONDARY_VOCATIONAL"), "fact"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(workingCopy(id).text(Language.ZH, "title")).isEqualTo(Programmes.DENTAL_ZH);
    }

    @Test
    void onlyAReviewerPublishes() {
        long id = create(Actors.editor(), "publish-rights", Programmes.chineseOnly("导游")).getId();
        inTransaction(s -> s.submitForReview(Actors.editor(), id));

        assertThatThrownBy(() -> inTransaction(s -> s.publish(Actors.editor(), id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inTransaction(s -> s.publish(Actors.russianTranslator(), id))).isInstanceOf(AccessDeniedException.class);
        inTransaction(s -> s.publish(Actors.reviewer(), id));
        assertThat(publicProgramme(id)).isPresent();
    }

    // ------------------------------------------------------------ validation, slugs, audit

    @Test
    void invalidDraftsAreRefusedWithEveryReasonAndNothingIsSaved() {
        long id = create(Actors.editor(), "validation", Programmes.welding()).getId();
        ContentDraft broken = withSourceText(Programmes.welding(), "title", "焊".repeat(201))
                .withField("durationYears", "0")
                .withField("level", "DOCTORATE");

        assertThatThrownBy(() -> save(Actors.editor(), id, broken, "broken"))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple("title", "content.field.tooLong"),
                                org.assertj.core.groups.Tuple.tuple("durationYears", "content.field.tooSmall"),
                                org.assertj.core.groups.Tuple.tuple("level", "content.field.invalid.enum")));
        assertThat(item(id).getCurrentRevision()).isEqualTo(1);
        assertThatThrownBy(() -> create(Actors.editor(), "untitled", new ContentDraft(Map.of("level", "HIGHER_VOCATIONAL"), Map.of())))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).contains("content.field.sourceRequired"));
        assertThat(findByRef("untitled")).isEmpty();
    }

    @Test
    void aSummaryHoldingAControlCharacterIsRefusedNamingTheFieldAndNothingIsSaved() {
        long id = create(Actors.editor(), "control-character", Programmes.welding()).getId();
        ContentDraft before = workingCopy(id);
        ContentDraft pasted = withSourceText(Programmes.welding(), "summary", "焊接\u0001技术")
                .withTexts(Language.RU, Map.of("title", Programmes.WELDING_RU, "summary", "Сварка\uFFFF"));

        assertThatThrownBy(() -> save(Actors.editor(), id, pasted, "pasted from a word processor"))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::language, Violation::messageKey, Violation::arguments)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("summary", Language.ZH, "content.field.forbiddenCharacter",
                                        Map.of("character", "U+0001", "position", 3)),
                                org.assertj.core.groups.Tuple.tuple("summary", Language.RU, "content.field.forbiddenCharacter",
                                        Map.of("character", "U+FFFF", "position", 7))));
        assertThat(item(id).getCurrentRevision()).isEqualTo(1);
        assertThat(workingCopy(id)).isEqualTo(before);
        assertThat(history(id)).hasSize(1);

        assertThatThrownBy(() -> create(Actors.editor(), "control\u0007ref", Programmes.chineseOnly("会计")))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::messageKey).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("ref", "content.field.forbiddenCharacter")));
        assertThat(findByRef("control\u0007ref")).isEmpty();
        String emojiAndExtensionB = "焊接技术 \uD83D\uDD25 \uD840\uDC00";
        save(Actors.editor(), id, withSourceText(Programmes.welding(), "summary", emojiAndExtensionB), "emoji and CJK Extension B are text");
        assertThat(workingCopy(id).text(Language.ZH, "summary")).isEqualTo(emojiAndExtensionB);
    }

    @Test
    void aControlCharacterStoredBeforeTheRuleBlocksNoSaveThatLeavesItAsItIs() {
        long id = create(Actors.editor(), "legacy-control-character", Programmes.welding()).getId();
        ContentDraft legacy = withSourceText(Programmes.welding(), "description", "学习焊条电弧焊\u0001和机器人焊接。");
        // As text saved before the rule: written beneath the service, straight into the revision.
        inTransaction(s -> emOf(s).createNativeQuery("update content_revision set data = ?1 where item_id = ?2")
                .setParameter(1, legacy.toJson()).setParameter(2, id).executeUpdate());

        save(Actors.editor(), id, withSourceText(legacy, "summary", "焊接工艺、焊接机器人与质量检验。"), "summary only");
        assertThat(item(id).getCurrentRevision()).isEqualTo(2);

        assertThatThrownBy(() -> save(Actors.editor(), id, withSourceText(legacy, "description", "新\u0002描述"), "new control character"))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("description", "content.field.forbiddenCharacter")));
        assertThat(item(id).getCurrentRevision()).isEqualTo(2);
    }

    @Test
    void slugsAreMadeOnceKeptThroughRetitlingAndOldOnesStillLead() {
        ContentDraft optometry = Programmes.chineseOnly("眼视光技术")
                .withTexts(Language.RU, Map.of("title", "Оптометрия"));
        long id = create(Actors.editor(), "slugs", optometry).getId();
        submitAndPublish(id);
        Map<Language, String> first = slugs(id);
        assertThat(first.get(Language.RU)).isEqualTo("optometriya");

        save(Actors.editor(), id, withSourceText(optometry, "title", "眼视光与配镜"), "renamed");
        submitAndPublish(id);
        assertThat(slugs(id)).isEqualTo(first);

        inTransaction(s -> {
            s.changeSlug(Actors.editor(), id, Language.ZH, "yanshiguang-yu-peijing");
            return null;
        });
        assertThat(resolve(Language.ZH, first.get(Language.ZH))).contains(id);
        assertThat(publicProgramme(id)).get().extracting(p -> p.slugFor(Language.ZH)).isEqualTo("yanshiguang-yu-peijing");

        long namesake = create(Actors.editor(), "namesake", Programmes.chineseOnly("眼视光技术")).getId();
        assertThat(slugs(namesake)).containsEntry(Language.ZH, first.get(Language.ZH) + "-2");
    }

    @Test
    void readerWithoutATranslationReachesTheItemUnderTheFallbackSlug() {
        long id = create(Actors.editor(), "fallback", Programmes.chineseOnly("畜牧兽医")).getId();
        submitAndPublish(id);
        String chineseSlug = slugs(id).get(Language.ZH);

        assertThat(resolve(Language.RU, chineseSlug)).contains(id);
        assertThat(publicProgramme(id)).get().extracting(p -> p.slugFor(Language.RU)).isEqualTo(chineseSlug);
    }

    @Test
    void everyChangeAndWorkflowMoveIsInTheAuditLogWithWhoAndFromWhere() {
        long id = create(Actors.editor(), "audited", Programmes.welding()).getId();
        save(Actors.editor(), id, withSourceText(Programmes.welding(), "summary", "改"), "edit");
        submitAndPublish(id);
        inTransaction(s -> s.archive(Actors.reviewer(), id));

        List<AuditEntry> trail = audit(id);

        assertThat(trail).extracting(AuditEntry::getAction).containsExactly(
                "item.create", "item.save", "item.save", "workflow.submit", "workflow.publish", "workflow.archive");
        assertThat(trail).extracting(AuditEntry::getUsername).contains("li.editor", "wang.reviewer");
        assertThat(trail).allSatisfy(entry -> {
            assertThat(entry.getAddress()).isEqualTo(Actors.ADDRESS);
            assertThat(entry.getAt()).isNotNull();
        });
    }

    // ------------------------------------------------------------ helpers

    private long institution(String ref, String title) {
        ContentDraft draft = Institutions.jiamusiVocationalInstitute().without(Language.RU).without(Language.EN)
                .text(Language.ZH, ContentSchema.TITLE, title).build();
        return inTransaction(s -> s.create(Actors.editor(), ContentType.INSTITUTION, ref, null, false, draft, null)).getId();
    }

    private ContentItem create(Actor actor, String ref, ContentDraft draft) {
        return inTransaction(s -> s.create(actor, ContentType.PROGRAMME, ref, null, false, draft, "created"));
    }

    private void save(Actor actor, long id, ContentDraft draft, String comment) {
        inTransaction(s -> s.save(actor, id, s.find(id).orElseThrow().getCurrentRevision(), draft, comment));
    }

    private void submitAndPublish(long id) {
        inTransaction(s -> s.submitForReview(Actors.editor(), id));
        inTransaction(s -> s.publish(Actors.reviewer(), id));
    }

    private List<RevisionInfo> history(long id) {
        return inTransaction(s -> s.history(Actors.editor(), id));
    }

    private Map<Language, String> slugs(long id) {
        return inTransaction(s -> s.currentSlugs(id));
    }

    private Optional<Long> resolve(Language reader, String slug) {
        return inTransaction(s -> s.resolveSlug(ContentType.PROGRAMME, reader, slug));
    }

    private ContentDraft workingCopy(long id) {
        return inTransaction(s -> s.workingCopy(id));
    }

    private Optional<ContentItem> findByRef(String ref) {
        return inTransaction(s -> s.findByRef(ContentType.PROGRAMME, ref));
    }

    private Map<Language, TranslationStatus> status(long id) {
        return inTransaction(s -> s.translationStatus(id));
    }

    private ContentItem item(long id) {
        return inTransaction(s -> s.find(id).orElseThrow());
    }

    private Optional<PublishedProgramme> publicProgramme(long id) {
        return inTransaction(s -> new ProgrammeService(emOf(s), s).find(id));
    }

    private String publicTitle(long id) {
        return publicProgramme(id).orElseThrow().text(Language.ZH).orElseThrow().getTitle();
    }

    private List<AuditEntry> audit(long id) {
        return inTransaction(s -> new AuditLog(emOf(s), clock).forItem(id));
    }

    private static ContentDraft withSourceText(ContentDraft draft, String field, String value) {
        Map<String, String> zh = new HashMap<>(draft.texts(Language.ZH));
        zh.put(field, value);
        return draft.withTexts(Language.ZH, zh);
    }

    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    private EntityManager emOf(ContentService service) {
        return current.get();
    }

    private <T> T inTransaction(Function<ContentService, T> work) {
        return Transactions.inTransaction(emf(), em -> {
            current.set(em);
            try {
                return work.apply(new ContentService(em, new AuditLog(em, clock), clock, List.of(new ProgrammeProjection(), new InstitutionProjection())));
            } finally {
                current.remove();
            }
        });
    }
}
