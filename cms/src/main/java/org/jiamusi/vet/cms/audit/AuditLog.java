package org.jiamusi.vet.cms.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.account.Actor;

import java.time.Clock;
import java.util.List;

/**
 * Writes and reads the audit log. Entries join the caller's transaction, so an action that is
 * rolled back leaves no entry claiming it happened; a failed login is written in a transaction of
 * its own by the account service.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    private Clock clock = Clock.systemUTC();

    protected AuditLog() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager, transaction and clock. */
    public AuditLog(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public void record(Actor actor, String action, String itemType, Long itemId, String detail) {
        record(actor.username(), actor.address(), action, itemType, itemId, detail);
    }

    public void record(String username, String address, String action, String itemType, Long itemId, String detail) {
        em.persist(new AuditEntry(clock.instant(), username, address, action, itemType, itemId, detail));
    }

    /** The entries about one item, oldest first. */
    public List<AuditEntry> forItem(long itemId) {
        return em.createQuery("select a from AuditEntry a where a.itemId = :id order by a.id", AuditEntry.class)
                .setParameter("id", itemId)
                .getResultList();
    }

    /** The latest entries, newest first, optionally of one user or one action. */
    public List<AuditEntry> latest(String username, String action, int max) {
        return em.createQuery("""
                        select a from AuditEntry a
                        where (:username is null or a.username = :username)
                          and (:action is null or a.action = :action)
                        order by a.id desc""", AuditEntry.class)
                .setParameter("username", username)
                .setParameter("action", action)
                .setMaxResults(max)
                .getResultList();
    }
}
