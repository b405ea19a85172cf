package org.jiamusi.vet.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.jiamusi.vet.cms.content.PublicItem;
import org.jiamusi.vet.cms.content.PublicationEvent;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Brings the index up to date from the publication log, a batch at a time and oldest first: each
 * item named is indexed as the database has it now, or removed when it is no longer published; the
 * log's entries go only once the engine has accepted the batch. Saves never wait for the engine,
 * and no change is lost while it is down: the log keeps what it has not taken yet.
 */
final class PublicationIndexing {

    static final int BATCH = 200;

    private PublicationIndexing() {
    }

    /**
     * Indexes the next batch in the caller's transaction and returns its size; throws, leaving the
     * log untouched once the caller rolls back, when the engine does not accept it.
     */
    static int indexNextBatch(EntityManager em) {
        List<PublicationEvent> events = em.createQuery("select e from PublicationEvent e order by e.id", PublicationEvent.class)
                .setMaxResults(BATCH)
                .getResultList();
        if (events.isEmpty()) {
            return 0;
        }
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        Set<Long> done = new HashSet<>();
        for (PublicationEvent event : events) {
            Optional<SearchType> type = SearchType.of(event.getType());
            if (type.isPresent() && done.add(event.getItemId())) {
                Class<? extends PublicItem> entity = type.get().entity();
                PublicItem item = em.find(entity, event.getItemId());
                if (item == null) {
                    plan.purge(entity, event.getItemId(), null);
                } else {
                    plan.addOrUpdate(item);
                }
            }
        }
        // Writes now and waits for the engine: a failure throws before the log entries go.
        plan.execute();
        events.forEach(em::remove);
        return events.size();
    }

    /** How many changes the index has not taken yet. */
    static long backlog(EntityManager em) {
        return em.createQuery("select count(e) from PublicationEvent e", Long.class).getSingleResult();
    }
}
