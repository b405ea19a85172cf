package org.jiamusi.vet.cms.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.account.Actor;

import java.time.Clock;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
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

    /** One page of the entries that match a query, newest first; filtered and paged by the database. */
    public List<AuditEntry> find(AuditQuery query, int first, int max) {
        TypedQuery<AuditEntry> select = em.createQuery("select a from AuditEntry a" + where(query) + " order by a.at desc, a.id desc",
                AuditEntry.class);
        bind(select, query);
        return select.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    /** How many entries match a query. */
    public long count(AuditQuery query) {
        TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntry a" + where(query), Long.class);
        bind(count, query);
        return count.getSingleResult();
    }

    /** The actions the log holds, for the filter's choices. */
    public List<String> actions() {
        return em.createQuery("select distinct a.action from AuditEntry a order by a.action", String.class).getResultList();
    }

    private static String where(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.username() != null) {
            conditions.add("a.username = :username");
        }
        if (query.action() != null) {
            conditions.add("(a.action = :action or a.action like :actionFamily)");
        }
        if (query.itemId() != null) {
            conditions.add("a.itemId = :itemId");
        }
        if (query.from() != null) {
            conditions.add("a.at >= :from");
        }
        if (query.to() != null) {
            conditions.add("a.at < :to");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> select, AuditQuery query) {
        if (query.username() != null) {
            select.setParameter("username", query.username());
        }
        if (query.action() != null) {
            select.setParameter("action", query.action());
            select.setParameter("actionFamily", query.action().replace("%", "").replace("_", "") + ".%");
        }
        if (query.itemId() != null) {
            select.setParameter("itemId", query.itemId());
        }
        if (query.from() != null) {
            select.setParameter("from", query.from());
        }
        if (query.to() != null) {
            select.setParameter("to", query.to());
        }
    }
}
