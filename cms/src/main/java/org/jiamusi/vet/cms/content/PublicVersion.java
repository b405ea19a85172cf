package org.jiamusi.vet.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How far the public content has moved: a counter that every publication, republication,
 * withdrawal and slug change advances, and whether the search index has taken all of it. The web
 * layer builds its HTTP validators from it; one primary-key read and one count of a log that is
 * normally empty, so a conditional request costs far less than rendering a page.
 * <p>
 * Anything else the public sees that changes without a publication (seats taken by bookings, say)
 * must call {@link #changed()} in its transaction, or readers keep a stale copy until the next
 * publication.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicVersion {

    @PersistenceContext
    private EntityManager em;

    private Clock clock = Clock.systemUTC();

    protected PublicVersion() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager and clock. */
    public PublicVersion(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * The state the public sees now.
     *
     * @param changes   how many changes the public content has had
     * @param changedAt when the last one was made
     * @param backlog   how many changes the search index has not taken yet (pages that list from the index lag by these)
     */
    public record Stamp(long changes, Instant changedAt, long backlog) {

        /**
         * True when every change is in the index and the last one is at least {@code settle} old
         * (the time an engine takes to make indexed documents searchable), so that a page rendered
         * now shows exactly the state {@link #changes} names.
         */
        public boolean settled(Instant now, Duration settle) {
            return backlog == 0 && !changedAt.plus(settle).isAfter(now);
        }
    }

    public Stamp current() {
        Object[] row = em.createQuery("select c.changes, c.changedAt from PublicationClock c where c.id = :row", Object[].class)
                .setParameter("row", PublicationClock.ROW)
                .getSingleResult();
        long backlog = em.createQuery("select count(e) from PublicationEvent e", Long.class).getSingleResult();
        return new Stamp((Long) row[0], (Instant) row[1], backlog);
    }

    /** Advances the counter for a change the public sees that is not a publication; joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed() {
        advance(em, clock.instant());
    }

    /** Advances the counter in the caller's transaction; an atomic update, so concurrent changes each count. */
    static void advance(EntityManager em, Instant at) {
        em.createQuery("update PublicationClock c set c.changes = c.changes + 1, c.changedAt = :at where c.id = :row")
                .setParameter("at", at)
                .setParameter("row", PublicationClock.ROW)
                .executeUpdate();
    }
}
