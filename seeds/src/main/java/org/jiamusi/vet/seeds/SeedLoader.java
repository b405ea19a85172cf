package org.jiamusi.vet.seeds;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentService;

import java.util.logging.Logger;

/**
 * Loads the seed content on every start, after the schema migrations, through the content service:
 * validation, revisions, slugs, the audit log and publishing run as for an editor's content.
 * Idempotent: an item whose reference is already there is left as it is, so a restart adds nothing
 * and an editor's later changes survive.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());
    private static final String COMMENT = "Seed content";

    @Inject
    ContentService content;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object event) {
        int added = load();
        LOG.info(() -> "Seed content loaded: " + added + " items added");
    }

    /** Adds and publishes the seed items not yet in the database, and says how many it added. */
    public int load() {
        Actor system = Actor.system();
        int added = 0;
        for (SeedItem seed : SeedCatalogue.programmes()) {
            if (content.findByRef(seed.type(), seed.ref()).isEmpty()) {
                ContentItem item = content.create(system, seed.type(), seed.ref(), null, seed.sample(), seed.draft(), COMMENT);
                content.publish(system, item.getId());
                added++;
            }
        }
        return added;
    }
}
