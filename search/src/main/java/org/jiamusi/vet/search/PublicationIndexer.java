package org.jiamusi.vet.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the index following the publication log, every two seconds on the server's managed
 * scheduler. When the engine is unreachable a round fails, the log keeps its entries, and a later
 * round indexes them: the index catches up by itself when the engine returns.
 */
@ApplicationScoped
public class PublicationIndexer {

    private static final Logger LOG = Logger.getLogger(PublicationIndexer.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PublicationBatches batches;

    private ScheduledFuture<?> task;
    private volatile boolean failing;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class) Object event) {
        task = scheduler.scheduleWithFixedDelay(this::catchUp, 2, 2, TimeUnit.SECONDS);
    }

    /** Indexes everything the log holds; returns how many entries it took. */
    public int catchUp() {
        int total = 0;
        try {
            for (int taken = batches.indexNextBatch(); taken > 0; taken = batches.indexNextBatch()) {
                total += taken;
            }
            if (failing) {
                failing = false;
                LOG.info("Search engine reachable again: the index has caught up with the publication log");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Search engine unreachable; changes wait in the publication log and will be indexed later", e);
            }
        }
        return total;
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
