package org.jiamusi.vet.search;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps the index in step with the database. On start, an index that holds another number of items than
 * the database (a new index folder, a switch of backend, an engine that lost its data) is rebuilt
 * from the database, so search never silently misses content that exists.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

    @PersistenceUnit
    private EntityManagerFactory emf;

    @Inject
    PublicationBatches batches;

    protected SearchIndexer() {
        // for CDI
    }

    /** For callers outside a container. */
    public SearchIndexer(EntityManagerFactory emf) {
        this.emf = emf;
    }

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 500)
                 @Initialized(ApplicationScoped.class) Object event) {
        long indexed = indexedItems();
        long stored = storedItems();
        if (indexed != stored) {
            LOG.info(() -> "Search index holds " + indexed + " of " + stored + " published items: rebuilding it");
            reindex();
        }
    }

    /**
     * Rebuilds every index from the database and waits until it is done; the publication log's
     * entries from before the rebuild are then covered by it and dropped.
     */
    public void reindex() {
        EntityManager em = emf.createEntityManager();
        try {
            Long coveredUpTo = em.createQuery("select max(e.id) from PublicationEvent e", Long.class).getSingleResult();
            Search.session(em).massIndexer(entities())
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(50)
                    .startAndWait();
            if (coveredUpTo != null) {
                batches.dropUpTo(coveredUpTo);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Reindexing was interrupted", e);
        } finally {
            em.close();
        }
    }

    /** How many items the index holds, of every public type. */
    public long indexedItems() {
        EntityManager em = emf.createEntityManager();
        try {
            SearchSession session = Search.session(em);
            return session.search(session.scope(entities())).where(f -> f.matchAll()).fetchTotalHitCount();
        } finally {
            em.close();
        }
    }

    /** How many published items of the indexed types the database holds. */
    public long storedItems() {
        EntityManager em = emf.createEntityManager();
        try {
            long count = 0;
            for (SearchType type : SearchType.values()) {
                count += em.createQuery("select count(e) from " + type.entity().getSimpleName() + " e", Long.class).getSingleResult();
            }
            return count;
        } finally {
            em.close();
        }
    }

    private static List<Class<?>> entities() {
        return Arrays.stream(SearchType.values()).<Class<?>>map(SearchType::entity).toList();
    }
}
