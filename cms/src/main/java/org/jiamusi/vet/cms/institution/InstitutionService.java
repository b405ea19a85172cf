package org.jiamusi.vet.cms.institution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.event.Event;
import org.jiamusi.vet.cms.event.PublishedEvent;
import org.jiamusi.vet.cms.programme.Programme;
import org.jiamusi.vet.cms.programme.PublishedProgramme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The published institutions as the public site reads them, with what each offers the public:
 * its programmes and its coming events. Its career-experience centres and courses are read through
 * the experience service. Editing goes through the content service.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InstitutionService {

    @PersistenceContext
    private EntityManager em;

    protected InstitutionService() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager and transaction. */
    public InstitutionService(EntityManager em) {
        this.em = em;
    }

    /** Every published institution; a city has tens of them, so the caller groups and sorts them. */
    public List<PublishedInstitution> list() {
        return em.createQuery("select i from Institution i order by i.id", Institution.class).getResultStream()
                .map(PublishedInstitution::of).toList();
    }

    public Optional<PublishedInstitution> find(long id) {
        return Optional.ofNullable(em.find(Institution.class, id)).map(PublishedInstitution::of);
    }

    /** The published programmes an institution offers, at most {@code max}. */
    public List<PublishedProgramme> programmesOf(long institutionId, int max) {
        return em.createQuery("select p from Programme p where p.institutionId = :institution order by p.id", Programme.class)
                .setParameter("institution", institutionId)
                .setMaxResults(max)
                .getResultStream().map(PublishedProgramme::of).toList();
    }

    public long programmeCount(long institutionId) {
        return em.createQuery("select count(p) from Programme p where p.institutionId = :institution", Long.class)
                .setParameter("institution", institutionId)
                .getSingleResult();
    }

    /** The events an institution hosts that have not ended by {@code day}, soonest first. */
    public List<PublishedEvent> upcomingEventsOf(long institutionId, LocalDate day, int max) {
        return em.createQuery("""
                        select e from Event e
                        where e.institutionId = :institution and coalesce(e.endDate, e.startDate) >= :day
                        order by e.startDate, e.id""", Event.class)
                .setParameter("institution", institutionId)
                .setParameter("day", day)
                .setMaxResults(max)
                .getResultStream().map(PublishedEvent::of).toList();
    }
}
