package org.jiamusi.vet.seeds;

import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentProjections;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.TranslationStatus;
import org.jiamusi.vet.cms.testing.DatabaseContract;
import org.jiamusi.vet.cms.testing.Transactions;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's content loaded into a fresh database through the content service: everything the plan
 * names is there, published, complete in three languages, and a second load adds nothing.
 */
abstract class SeedLoadContract extends DatabaseContract {

    private int firstLoad;

    @BeforeAll
    void loadSeeds() {
        firstLoad = inTransaction(content -> new SeedLoader(content).load());
    }

    @Test
    void theInstitutionsThePlanNamesAreThere() {
        assertThat(titles(ContentType.INSTITUTION)).contains("佳木斯职业学院", "黑龙江农业职业技术学院", "黑龙江省林业卫生学校",
                "佳木斯技师学院", "广东科学技术职业学院");
        assertThat(titles(ContentType.INSTITUTION)).anyMatch(t -> t.contains("职教集团"));
        assertThat(titles(ContentType.INSTITUTION)).anyMatch(t -> t.contains("旅游职业技术学院"));
    }

    @Test
    void fourTrainingBasesSevenCentresAndFortyFiveCoursesWithSessions() {
        assertThat(items(ContentType.TRAINING_BASE)).hasSize(4);
        assertThat(items(ContentType.EXPERIENCE_CENTRE)).hasSize(7);
        assertThat(items(ContentType.EXPERIENCE_COURSE)).hasSize(45);
        assertThat(items(ContentType.SESSION)).hasSizeGreaterThanOrEqualTo(90);
    }

    @Test
    void theEventsAndCooperationProjectsOfThePlanAreThere() {
        assertThat(items(ContentType.EVENT)).hasSizeGreaterThanOrEqualTo(5);
        List<String> startDates = inTransaction(c -> items(ContentType.EVENT).stream()
                .map(i -> c.workingCopy(i.getId()).field("startDate")).toList());
        assertThat(startDates).anyMatch(date -> date.endsWith("-07-15"));
        assertThat(String.join(" ", titles(ContentType.COOPERATION_PROJECT))).contains("鲁班工坊", "中俄");
    }

    @Test
    void theNamedProgrammesNewsAndThePlanItselfAreThere() {
        assertThat(titles(ContentType.PROGRAMME)).contains("口腔修复工艺", "植物保护与检疫技术", "口腔护理", "数字媒体艺术设计", "畜牧兽医");
        assertThat(items(ContentType.NEWS_ARTICLE)).hasSizeGreaterThanOrEqualTo(3);
        Optional<ContentItem> plan = inTransaction(c -> c.findByRef(ContentType.PAGE, "vocational-education-plan"));
        assertThat(plan).isPresent();
    }

    @Test
    void everyItemIsPublishedAndCompleteInChineseRussianAndEnglish() {
        List<ContentItem> all = inTransaction(c -> c.all());
        assertThat(all).hasSize(firstLoad);
        for (ContentItem item : all) {
            assertThat(item.isLive()).as(item.getRef()).isTrue();
            Map<Language, TranslationStatus> status = inTransaction(c -> c.translationStatus(item.getId()));
            assertThat(status).as(item.getType() + " " + item.getRef())
                    .containsEntry(Language.RU, TranslationStatus.UP_TO_DATE)
                    .containsEntry(Language.EN, TranslationStatus.UP_TO_DATE);
        }
    }

    @Test
    void aSecondLoadAddsNothingAndAReimportOfUnchangedFilesChangesNothing() {
        int secondLoad = inTransaction(content -> new SeedLoader(content).load());
        int reimport = inTransaction(content -> new SeedLoader(content).reimport());

        assertThat(secondLoad).isZero();
        assertThat(reimport).isZero();
    }

    private List<ContentItem> items(ContentType type) {
        return inTransaction(c -> c.all().stream().filter(i -> i.getType() == type).toList());
    }

    private List<String> titles(ContentType type) {
        return inTransaction(c -> items(type).stream().map(i -> c.workingCopy(i.getId())).map(ContentDraft::texts)
                .map(t -> t.get(Language.ZH).get("title")).toList());
    }

    private <T> T inTransaction(Function<ContentService, T> work) {
        return Transactions.inTransaction(emf(), em ->
                work.apply(new ContentService(em, new AuditLog(em, Clock.systemUTC()), Clock.systemUTC(), ContentProjections.all())));
    }
}
