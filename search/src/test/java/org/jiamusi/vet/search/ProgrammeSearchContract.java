package org.jiamusi.vet.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.programme.ProgrammeProjection;
import org.jiamusi.vet.cms.testing.Programmes;
import org.jiamusi.vet.cms.testing.TestDatabase;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search behaviour every backend must show, on the same data; subclasses only say which
 * backend to run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProgrammeSearchContract {

    private TestDatabase database;
    private EntityManagerFactory emf;

    /** The Hibernate Search properties that select and configure the backend under test. */
    abstract Map<String, Object> backendProperties();

    @BeforeAll
    void indexProgrammes() {
        database = TestDatabase.migrated(TestDatabase.Kind.H2);
        Map<String, Object> properties = new HashMap<>(backendProperties());
        properties.put("hibernate.search.mapping.configurer", VetSearchMapping.class.getName());
        properties.put("hibernate.search.backend.analysis.configurer", VetAnalysisConfigurer.class.getName());
        properties.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
        emf = database.entityManagerFactory(properties);
        inTransaction(em -> {
            ContentService content = new ContentService(em, new AuditLog(em, Clock.systemUTC()), Clock.systemUTC(),
                    List.of(new ProgrammeProjection()));
            for (ContentDraft draft : List.of(Programmes.dental(), Programmes.welding(), Programmes.media())) {
                ContentItem item = content.create(Actor.system(), ContentType.PROGRAMME, null, null, false, draft, "test");
                content.publish(Actor.system(), item.getId());
            }
            return null;
        });
    }

    @AfterAll
    void close() throws Exception {
        emf.close();
        database.close();
    }

    @Test
    void chineseWordFindsTheProgrammeWhoseTitleHasIt() {
        assertThat(titles("口腔", Language.ZH)).first().isEqualTo(Programmes.DENTAL_ZH);
    }

    @Test
    void charactersAcrossAWordBoundaryAreNotAWordMatch() {
        // 口腔|修复 are two words: 腔修 straddles them and must not be taken for a word of the title.
        assertThat(titles("腔修", Language.ZH)).doesNotContain(Programmes.DENTAL_ZH);
    }

    @Test
    void anotherRussianFormOfATitleWordFindsIt() {
        // The title says "протезирования" (genitive); a reader types the nominative.
        assertThat(titles("протезирование", Language.RU)).first().isEqualTo(Programmes.DENTAL_RU);
        assertThat(titles("сварочный", Language.RU)).first().isEqualTo(Programmes.WELDING_RU);
    }

    @Test
    void russianYoAndYeAreTheSameLetterToSearch() {
        assertThat(titles("видеомонтажер", Language.RU)).first().isEqualTo(Programmes.MEDIA_RU);
    }

    @Test
    void anotherEnglishFormOfATitleWordFindsIt() {
        assertThat(titles("designs", Language.EN)).first().isEqualTo(Programmes.MEDIA_EN);
        assertThat(titles("automated welding", Language.EN)).first().isEqualTo(Programmes.WELDING_EN);
    }

    @Test
    void aQueryInOneLanguageShowsHitsInTheReadersLanguage() {
        SearchResults<ProgrammeHit> results = search("口腔", Language.RU);

        assertThat(results.total()).isEqualTo(1);
        ProgrammeHit hit = results.hits().get(0);
        assertThat(hit.title()).isEqualTo(Programmes.DENTAL_RU);
        assertThat(hit.slug()).isEqualTo("tekhnologiya-zubnogo-protezirovaniya");
        assertThat(hit.language()).isEqualTo(Language.RU);
    }

    @Test
    void blankQueryFindsNothingAndDoesNotFail() {
        assertThat(search("   ", Language.EN).hits()).isEmpty();
        assertThat(search(null, Language.EN).total()).isZero();
    }

    private List<String> titles(String query, Language reader) {
        return search(query, reader).hits().stream().map(ProgrammeHit::title).toList();
    }

    private SearchResults<ProgrammeHit> search(String query, Language reader) {
        return inTransaction(em -> new ProgrammeSearch(em).search(query, reader, 0));
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
