package org.jiamusi.vet.search.cli;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.jiamusi.vet.cms.schema.StandalonePersistence;
import org.jiamusi.vet.search.SearchType;
import org.jiamusi.vet.search.VetAnalysisConfigurer;
import org.jiamusi.vet.search.VetSearchMapping;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the search index from the database, printing its progress: for a site stopped for
 * maintenance, or an Elasticsearch/OpenSearch cluster that was replaced. Uses the site's settings
 * ({@code VET_DB_*}, {@code VET_SEARCH_*}); by default the embedded database and Lucene index of the
 * site the README's run command starts, which must be stopped first (Lucene allows one writer).
 */
public final class ReindexCommand {

    private ReindexCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        StandalonePersistence.Database database = StandalonePersistence.Database.configured(System.getProperty("vet.db.url.default"));
        Map<String, Object> search = new HashMap<>();
        search.put("hibernate.search.mapping.configurer", VetSearchMapping.class.getName());
        search.put("hibernate.search.backend.analysis.configurer", VetAnalysisConfigurer.class.getName());
        search.put("hibernate.search.indexing.listeners.enabled", "false");
        search.put("hibernate.search.configuration_property_checking.strategy", "ignore");
        search.put("hibernate.search.backend.type", StandalonePersistence.setting("vet.search.backend", "VET_SEARCH_BACKEND", "lucene"));
        search.put("hibernate.search.backend.directory.root",
                StandalonePersistence.setting("vet.search.index-dir", "VET_SEARCH_INDEX_DIR", System.getProperty("vet.search.index-dir.default")));
        search.put("hibernate.search.backend.hosts", StandalonePersistence.setting("vet.search.hosts", "VET_SEARCH_HOSTS", "127.0.0.1:9200"));
        search.put("hibernate.search.backend.protocol", StandalonePersistence.setting("vet.search.protocol", "VET_SEARCH_PROTOCOL", "http"));
        database.migrate();
        EntityManagerFactory emf = StandalonePersistence.open(database, search);
        try {
            EntityManager em = emf.createEntityManager();
            try {
                List<Class<?>> types = Arrays.stream(SearchType.values()).<Class<?>>map(SearchType::entity).toList();
                long started = System.nanoTime();
                // Hibernate Search's monitor prints the progress as it goes.
                Search.session(em).massIndexer(types).threadsToLoadObjects(2).batchSizeToLoadObjects(50).startAndWait();
                em.getTransaction().begin();
                int covered = em.createQuery("delete from PublicationEvent").executeUpdate();
                em.getTransaction().commit();
                System.out.printf("Reindexed every public item in %.1f s; %d publication log entries covered%n",
                        (System.nanoTime() - started) / 1e9, covered);
            } finally {
                em.close();
            }
        } finally {
            emf.close();
        }
    }
}
