package org.jiamusi.vet.cms.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The published events, as the public site and its calendar feed read them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventService {

    @PersistenceContext
    private EntityManager em;

    protected EventService() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager and transaction. */
    public EventService(EntityManager em) {
        this.em = em;
    }

    /** Every published event by its first day, past ones included, a page at a time. */
    public List<PublishedEvent> page(int first, int max) {
        return em.createQuery("select e from Event e order by e.startDate, e.id", Event.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream().map(PublishedEvent::of).toList();
    }

    public Optional<PublishedEvent> find(long id) {
        return Optional.ofNullable(em.find(Event.class, id)).map(PublishedEvent::of);
    }

    public long count() {
        return em.createQuery("select count(e) from Event e", Long.class).getSingleResult();
    }

    /** Events that have not ended by {@code day}, soonest first. */
    public List<PublishedEvent> upcoming(LocalDate day, int max) {
        return em.createQuery("""
                        select e from Event e
                        where coalesce(e.endDate, e.startDate) >= :day
                        order by e.startDate, e.id""", Event.class)
                .setParameter("day", day)
                .setMaxResults(max)
                .getResultStream().map(PublishedEvent::of).toList();
    }

    /** Events on at least one day from {@code first} to {@code last}, both included, by start date. */
    public List<PublishedEvent> between(LocalDate first, LocalDate last) {
        return em.createQuery("""
                        select e from Event e
                        where e.startDate <= :last and coalesce(e.endDate, e.startDate) >= :first
                        order by e.startDate, e.id""", Event.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultStream().map(PublishedEvent::of).toList();
    }
}
