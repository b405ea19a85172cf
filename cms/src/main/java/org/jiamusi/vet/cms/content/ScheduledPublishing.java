package org.jiamusi.vet.cms.content;

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
 * The timer of scheduled publishing: once a minute it publishes and unpublishes what is due, on the
 * server's managed scheduler so the work runs with the application's context and transactions.
 */
@ApplicationScoped
public class ScheduledPublishing {

    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ContentService content;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) @Initialized(ApplicationScoped.class) Object event) {
        task = scheduler.scheduleAtFixedRate(this::runOnce, 1, 1, TimeUnit.MINUTES);
    }

    private void runOnce() {
        try {
            int moved = content.runSchedule();
            if (moved > 0) {
                LOG.info(() -> "Scheduled publishing moved " + moved + " items");
            }
        } catch (RuntimeException e) {
            // The next run retries; a failure must not cancel the timer.
            LOG.log(Level.WARNING, "Scheduled publishing failed; retrying in a minute", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
