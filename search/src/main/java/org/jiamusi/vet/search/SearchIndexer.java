package org.jiamusi.vet.search;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jiamusi.vet.cms.programme.Programme;

import java.util.logging.Logger;

/**
 * Keeps the index in step with the database. On start, an index that holds fewer programmes than
 * the database (a new index folder, a switch of backend, an engine that lost its data) is rebuilt
 * from the database, so search never silently misses content that exists.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

    @PersistenceUnit
    private EntityManagerFactory emf;

    protected SearchIndexer() {
        // for CDI
    }

    /** For callers outside a container. */
    public SearchIndexer(EntityManagerFactory emf) {
        this.emf = emf;
    }

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 500)
                 @Initialized(ApplicationScoped.class) Object event) {
        long indexed = indexedProgrammes();
        long stored = storedProgrammes();
        if (indexed != stored) {
            LOG.info(() -> "Search index holds " + indexed + " of " + stored + " programmes: rebuilding it");
            reindex();
        }
    }

    /** Rebuilds every index from the database and waits until it is done. */
    public void reindex() {
        EntityManager em = emf.createEntityManager();
        try {
            Search.session(em).massIndexer(Programme.class)
                    .threadsToLoadObjects(2)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Reindexing was interrupted", e);
        } finally {
            em.close();
        }
    }

    public long indexedProgrammes() {
        EntityManager em = emf.createEntityManager();
        try {
            SearchSession session = Search.session(em);
            return session.search(Programme.class).where(f -> f.matchAll()).fetchTotalHitCount();
        } finally {
            em.close();
        }
    }

    private long storedProgrammes() {
        EntityManager em = emf.createEntityManager();
        try {
            return em.createQuery("select count(p) from Programme p", Long.class).getSingleResult();
        } finally {
            em.close();
        }
    }
}
