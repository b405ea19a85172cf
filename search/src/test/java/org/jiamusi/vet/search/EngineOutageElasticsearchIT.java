package org.jiamusi.vet.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentProjections;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.testing.Programmes;
import org.jiamusi.vet.cms.testing.TestDatabase;
import org.jiamusi.vet.cms.testing.Transactions;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.search.engine.EngineNode;
import org.jiamusi.vet.search.engine.SharedEngine;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine stops in the middle of a run: editors keep saving and publishing, readers get answers
 * from the database with a notice, and when the engine is back the index catches up with every
 * change made while it was away.
 */
class EngineOutageElasticsearchIT {

    @Test
    void savesSucceedWhileTheEngineIsDownAndTheIndexCatchesUpWhenItReturns() throws Exception {
        EngineNode engine = SharedEngine.node();
        try (TestDatabase database = TestDatabase.migrated(TestDatabase.Kind.H2)) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("hibernate.search.backend.type", "elasticsearch");
            properties.put("hibernate.search.backend.hosts", "127.0.0.1:" + engine.httpPort());
            properties.put("hibernate.search.backend.protocol", "http");
            properties.put("hibernate.search.schema_management.strategy", "drop-and-create");
            properties.put("hibernate.search.mapping.configurer", VetSearchMapping.class.getName());
            properties.put("hibernate.search.backend.analysis.configurer", VetAnalysisConfigurer.class.getName());
            properties.put("hibernate.search.indexing.listeners.enabled", "false");
            // A stopped engine refuses connections at once; the request timeout only has to allow for
            // creating the indexes on a busy machine, which took more than 3 s under load.
            properties.put("hibernate.search.backend.request_timeout", "30000");
            properties.put("hibernate.search.backend.connection_timeout", "1000");
            EntityManagerFactory emf = database.entityManagerFactory(properties);
            try {
                publish(emf, Programmes.dental());
                IndexCatchUp.drain(emf);
                assertThat(search(emf, "口腔").fallback()).isFalse();

                engine.stop();
                try {
                    long published = publish(emf, Programmes.chineseOnly("冰雪运动与管理"));
                    assertThat(published).isPositive();
                    assertThatThrownBy(() -> IndexCatchUp.drain(emf)).isInstanceOf(RuntimeException.class);
                    assertThat(IndexCatchUp.backlog(emf)).isEqualTo(1);

                    SearchPage whileDown = search(emf, "冰雪运动");
                    assertThat(whileDown.fallback()).isTrue();
                    assertThat(whileDown.hits()).extracting(SearchHit::title).contains("冰雪运动与管理");
                } finally {
                    engine.launch();
                }

                assertThat(IndexCatchUp.drain(emf)).isEqualTo(1);
                assertThat(IndexCatchUp.backlog(emf)).isZero();
                SearchPage afterwards = search(emf, "冰雪");
                assertThat(afterwards.fallback()).isFalse();
                assertThat(afterwards.hits()).extracting(SearchHit::title).contains("冰雪运动与管理");
            } finally {
                emf.close();
            }
        }
    }

    private static long publish(EntityManagerFactory emf, ContentDraft draft) {
        return inTransaction(emf, em -> {
            ContentService content = new ContentService(em, new AuditLog(em, Clock.systemUTC()), Clock.systemUTC(), ContentProjections.all());
            ContentItem item = content.create(Actor.system(), ContentType.PROGRAMME, null, null, false, draft, "outage test");
            return content.publish(Actor.system(), item.getId()).getId();
        });
    }

    private static SearchPage search(EntityManagerFactory emf, String text) {
        return inTransaction(emf, em -> new SiteSearch(em, Synonyms.configured()).search(SearchQuery.of(text, Language.ZH)));
    }

    private static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        return Transactions.inTransaction(emf, work);
    }
}
