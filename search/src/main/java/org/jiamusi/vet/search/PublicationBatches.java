package org.jiamusi.vet.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** One batch of the publication log per transaction of its own, so a failed batch rolls back alone. */
@ApplicationScoped
public class PublicationBatches {

    @PersistenceContext
    private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int indexNextBatch() {
        return PublicationIndexing.indexNextBatch(em);
    }

    /** Drops the entries a full reindex has covered. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int dropUpTo(long lastId) {
        return em.createQuery("delete from PublicationEvent e where e.id <= :last").setParameter("last", lastId).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long backlog() {
        return PublicationIndexing.backlog(em);
    }
}
