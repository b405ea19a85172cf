package org.jiamusi.vet.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.cms.audit.AuditLog;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds the search index from the database on an administrator's request, in the background,
 * with its progress for the back office's progress bar. One run at a time for the whole server: a
 * second request while one runs is answered with the running one's progress. The search keeps
 * answering from the old documents while the indexer replaces them.
 */
@ApplicationScoped
public class Reindexing {

    private static final Logger LOG = Logger.getLogger(Reindexing.class.getName());

    @PersistenceUnit
    private EntityManagerFactory emf;

    @Inject
    PublicationBatches batches;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<ReindexProgress> last = new AtomicReference<>(ReindexProgress.NEVER);
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();

    protected Reindexing() {
        // for CDI
    }

    /**
     * Starts a run unless one is running; only an administrator may. Returns at once with the
     * progress: the run goes on in Hibernate Search's own threads.
     */
    public ReindexProgress start(Actor actor) {
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("account.notPermitted", actor.username());
        }
        ReindexProgress current = last.get();
        if (current.running()) {
            return progress();
        }
        ReindexProgress starting = new ReindexProgress(true, 0, 0, actor.username(), clock.instant(), null, null);
        if (!last.compareAndSet(current, starting)) {
            return progress();
        }
        total.set(0);
        done.set(0);
        audit.record(actor, "search.reindex", null, null, null);
        EntityManager em = emf.createEntityManager();
        try {
            Long coveredUpTo = em.createQuery("select max(e.id) from PublicationEvent e", Long.class).getSingleResult();
            // The whole count up front: the mass indexer reports each type's count only when it gets
            // to that type, so a total summed from its reports runs behind and the bar jumps back.
            for (Class<?> entity : entities()) {
                total.addAndGet(em.createQuery("select count(e) from " + entity.getSimpleName() + " e", Long.class).getSingleResult());
            }
            Search.session(em).massIndexer(entities())
                    .threadsToLoadObjects(1)
                    .batchSizeToLoadObjects(50)
                    .monitor(new Monitor())
                    .start()
                    .whenComplete((ignored, failure) -> {
                        try {
                            if (failure == null && coveredUpTo != null) {
                                batches.dropUpTo(coveredUpTo);
                            }
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, "Could not drop the publication log entries the rebuild covered", e);
                        } finally {
                            em.close();
                            finish(starting, failure);
                        }
                    });
        } catch (RuntimeException e) {
            em.close();
            finish(starting, e);
            throw e;
        }
        return progress();
    }

    /** The running or last run's progress. */
    public ReindexProgress progress() {
        ReindexProgress state = last.get();
        if (!state.running()) {
            return state;
        }
        return new ReindexProgress(true, total.get(), done.get(), state.startedBy(), state.startedAt(), null, null);
    }

    private void finish(ReindexProgress started, Throwable failure) {
        if (failure != null) {
            LOG.log(Level.WARNING, "Reindexing failed", failure);
        }
        Instant end = clock.instant();
        last.set(new ReindexProgress(false, total.get(), done.get(), started.startedBy(), started.startedAt(), end,
                failure == null ? null : String.valueOf(failure.getMessage())));
    }

    private static List<Class<?>> entities() {
        return Arrays.stream(SearchType.values()).<Class<?>>map(SearchType::entity).toList();
    }

    /** Counts what Hibernate Search reports; it calls from several threads at once. */
    private final class Monitor implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
            // counted when added to the index
        }

        @Override
        public void entitiesLoaded(long increment) {
            // counted when added to the index
        }

        @Override
        public void addToTotalCount(long increment) {
            // counted from the database before the start
        }

        @Override
        public void indexingCompleted() {
            LOG.info(() -> "Reindexing done: " + done.get() + " of " + total.get() + " items");
        }
    }
}
