package org.jiamusi.vet.cms.programme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import org.jiamusi.vet.cms.content.InvalidContentException;
import org.jiamusi.vet.cms.testing.Programmes;
import org.jiamusi.vet.cms.testing.TestDatabase;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link ProgrammeService} promises on a real database with the real migrations; run once per
 * database kind by its subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProgrammeServiceContract {

    private TestDatabase database;
    private EntityManagerFactory emf;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void startDatabase() {
        database = TestDatabase.migrated(kind());
        emf = database.entityManagerFactory();
    }

    @AfterAll
    void dropDatabase() throws Exception {
        emf.close();
        database.close();
    }

    <T> T inTransaction(Function<ProgrammeService, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new ProgrammeService(em));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Test
    void createdProgrammeIsFoundBySlugInEveryLanguage() {
        inTransaction(service -> service.create(Programmes.dental()));

        Programme byChineseSlug = inTransaction(service -> service.findBySlug(Language.ZH, "kouqiang-xiufu-gongyi")).orElseThrow();
        assertThat(byChineseSlug.text(Language.ZH).orElseThrow().getTitle()).isEqualTo(Programmes.DENTAL_ZH);
        assertThat(byChineseSlug.text(Language.RU).orElseThrow().getSlug()).isEqualTo("tekhnologiya-zubnogo-protezirovaniya");
        assertThat(byChineseSlug.text(Language.EN).orElseThrow().getSlug()).isEqualTo("dental-prosthesis-technology");
        Optional<Programme> byRussianSlug = inTransaction(service -> service.findBySlug(Language.RU, "tekhnologiya-zubnogo-protezirovaniya"));
        assertThat(byRussianSlug).get().extracting(Programme::getRef).isEqualTo(Programmes.DENTAL_REF);
    }

    @Test
    void sameTitleGetsANumberedSlugInsteadOfAClash() {
        inTransaction(service -> service.create(Programmes.chineseOnly("first-nursing", "护理")));
        Programme second = inTransaction(service -> service.create(Programmes.chineseOnly("second-nursing", "护理")));

        assertThat(second.text(Language.ZH).orElseThrow().getSlug()).isEqualTo("huli-2");
    }

    @Test
    void draftWithoutChineseTitleIsRefusedAndNothingIsSaved() {
        long before = inTransaction(ProgrammeService::count);
        ProgrammeDraft withoutTitle = Programmes.chineseOnly("untitled", " ");

        assertThatThrownBy(() -> inTransaction(service -> service.create(withoutTitle)))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("content.title.sourceRequired");
        assertThat(inTransaction(ProgrammeService::count)).isEqualTo(before);
    }

    @Test
    void overlongTitleIsRefused() {
        ProgrammeDraft overlong = Programmes.chineseOnly("overlong", "长".repeat(ProgrammeText.TITLE_MAX + 1));

        assertThatThrownBy(() -> inTransaction(service -> service.create(overlong)))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("content.title.tooLong");
        Optional<Programme> saved = inTransaction(service -> service.findByRef("overlong"));
        assertThat(saved).isEmpty();
    }

    @Test
    void readerWithoutTranslationGetsTheFallbackLanguage() {
        inTransaction(service -> service.create(Programmes.chineseOnly("zh-only", "畜牧兽医")));

        Programme programme = inTransaction(service -> service.findByRef("zh-only")).orElseThrow();
        assertThat(programme.textFor(Language.RU).language()).isEqualTo(Language.ZH);
        assertThat(programme.textFor(Language.RU).isFallbackFor(Language.RU)).isTrue();
    }

    @Test
    void newTitleKeepsTheStoredSlug() {
        Programme created = inTransaction(service -> service.create(Programmes.chineseOnly("retitled", "旅游管理")));
        ProgrammeDraft retitled = Programmes.chineseOnly("retitled", "旅游管理与服务");

        Programme saved = inTransaction(service -> service.update(created.getId(), created.getVersion(), retitled));

        assertThat(saved.text(Language.ZH).orElseThrow().getTitle()).isEqualTo("旅游管理与服务");
        assertThat(saved.text(Language.ZH).orElseThrow().getSlug()).isEqualTo("luyou-guanli");
    }

    @Test
    void changedSlugLeavesTheOldOneLeadingToTheProgramme() {
        Programme created = inTransaction(service -> service.create(Programmes.chineseOnly("moved", "智慧农业")));
        String oldSlug = created.text(Language.ZH).orElseThrow().getSlug();

        inTransaction(service -> service.changeSlug(created.getId(), Language.ZH, "zhihui-nongye-jishu"));

        Programme byOldSlug = inTransaction(service -> service.findForReader(Language.ZH, oldSlug)).orElseThrow();
        assertThat(byOldSlug.getRef()).isEqualTo("moved");
        assertThat(byOldSlug.slugFor(Language.ZH)).isEqualTo("zhihui-nongye-jishu");
        // The old slug still redirects, so a new programme of the same title may not take it.
        Programme namesake = inTransaction(service -> service.create(Programmes.chineseOnly("namesake", "智慧农业")));
        assertThat(namesake.text(Language.ZH).orElseThrow().getSlug()).isEqualTo(oldSlug + "-2");
    }

    @Test
    void readerWithoutTranslationReachesTheProgrammeUnderTheFallbackSlug() {
        Programme created = inTransaction(service -> service.create(Programmes.chineseOnly("fallback-only", "畜牧兽医")));
        String chineseSlug = created.text(Language.ZH).orElseThrow().getSlug();

        Optional<Programme> forRussian = inTransaction(service -> service.findForReader(Language.RU, chineseSlug));

        assertThat(forRussian).get().extracting(p -> p.slugFor(Language.RU)).isEqualTo(chineseSlug);
    }

    @Test
    void saveOverSomeoneElsesNewerSaveIsRefused() {
        Programme created = inTransaction(service -> service.create(Programmes.chineseOnly("contested", "老年护理")));
        long loadedVersion = created.getVersion();
        inTransaction(service -> service.update(created.getId(), loadedVersion, Programmes.chineseOnly("contested", "老年护理（第一位编辑）")));

        assertThatThrownBy(() -> inTransaction(service -> service.update(created.getId(), loadedVersion,
                Programmes.chineseOnly("contested", "老年护理（第二位编辑）"))))
                .isInstanceOf(OptimisticLockException.class);
        Optional<Programme> stored = inTransaction(service -> service.findByRef("contested"));
        assertThat(stored).get().extracting(p -> p.text(Language.ZH).orElseThrow().getTitle()).isEqualTo("老年护理（第一位编辑）");
    }

    @Test
    void malformedSlugIsRefused() {
        Programme created = inTransaction(service -> service.create(Programmes.chineseOnly("badslug", "焊接")));

        assertThatThrownBy(() -> inTransaction(service -> service.changeSlug(created.getId(), Language.ZH, "Hàn Jiē!")))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("content.slug.invalid");
    }
}
