package org.jiamusi.vet.web;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.search.ReindexProgress;
import org.jiamusi.vet.search.Reindexing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administrator's rebuild of the search index, as the reindex page's progress bar sees it. */
@ExtendWith(ArquillianExtension.class)
class ReindexingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.site().addClass(ReindexingIT.class);
    }

    @Inject
    Reindexing reindexing;

    @Test
    void theProgressKnowsTheWholeTotalFromTheStartAndEndsWithEveryItemIndexed() throws Exception {
        ReindexProgress started = reindexing.start(Actor.system());
        long total = started.total();
        assertTrue(total > 0, "the seed content is there to index");

        ReindexProgress progress = reindexing.progress();
        long deadline = System.currentTimeMillis() + 180_000;
        while (progress.running() && System.currentTimeMillis() < deadline) {
            // Never more done than the total, and the total never grows while it runs (the bar never jumps back).
            assertEquals(total, progress.total());
            assertTrue(progress.done() <= progress.total(), progress.done() + " of " + progress.total());
            Thread.sleep(100);
            progress = reindexing.progress();
        }

        assertNull(progress.failure());
        assertEquals(total, progress.total());
        assertEquals(total, progress.done());
        assertEquals(100, progress.percent());
    }
}
