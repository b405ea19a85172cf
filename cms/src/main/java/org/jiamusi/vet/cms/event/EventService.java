package org.jiamusi.vet.cms.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/** The published events, as the public site and its calendar feed read them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventService {

    @PersistenceContext
    private EntityManager em;

    /** Events that have not ended by {@code day}, soonest first. */
    public List<Event> upcoming(LocalDate day, int max) {
        return em.createQuery("""
                        select e from Event e
                        where coalesce(e.endDate, e.startDate) >= :day
                        order by e.startDate, e.id""", Event.class)
                .setParameter("day", day)
                .setMaxResults(max)
                .getResultList();
    }
}
