package org.jiamusi.vet.seeds;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jiamusi.vet.cms.programme.ProgrammeDraft;
import org.jiamusi.vet.cms.programme.ProgrammeService;

import java.util.logging.Logger;

/**
 * Loads the seed content on every start, after the schema migrations. Idempotent: an item whose
 * reference is already in the database is left as it is, so a restart adds nothing and an
 * editor's later changes survive.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());

    @Inject
    ProgrammeService programmes;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object event) {
        int added = load();
        LOG.info(() -> "Seed content loaded: " + added + " programmes added, " + programmes.count() + " in all");
    }

    /** Adds the seed items not yet in the database and says how many it added. */
    public int load() {
        int added = 0;
        for (ProgrammeDraft draft : SeedCatalogue.programmes()) {
            if (programmes.findByRef(draft.ref()).isEmpty()) {
                programmes.create(draft);
                added++;
            }
        }
        return added;
    }
}
