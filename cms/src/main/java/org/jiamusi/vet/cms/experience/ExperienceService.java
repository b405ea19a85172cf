package org.jiamusi.vet.cms.experience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The published sessions and centres of career-experience courses, as the public site and the open-data API read them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExperienceService {

    private static final int IDS_PER_QUERY = 500;

    @PersistenceContext
    private EntityManager em;

    protected ExperienceService() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager and transaction. */
    public ExperienceService(EntityManager em) {
        this.em = em;
    }

    /**
     * The published sessions of these courses, by course id and in time order; a course without
     * sessions maps to an empty list. One query for the whole page of courses, not one a course.
     */
    public Map<Long, List<Session>> sessionsOf(Collection<Long> courseIds) {
        Map<Long, List<Session>> byCourse = new LinkedHashMap<>();
        List<Long> distinct = courseIds.stream().distinct().toList();
        distinct.forEach(id -> byCourse.put(id, new ArrayList<>()));
        for (int from = 0; from < distinct.size(); from += IDS_PER_QUERY) {
            em.createQuery("""
                            select s from Session s where s.courseId in :ids
                            order by s.date, s.startTime, s.id""", Session.class)
                    .setParameter("ids", distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_QUERY)))
                    .getResultList()
                    .forEach(session -> byCourse.get(session.getCourseId()).add(session));
        }
        return byCourse;
    }

    /** The published centres among these ids, by id, in one query. */
    public Map<Long, ExperienceCentre> centres(Collection<Long> centreIds) {
        Map<Long, ExperienceCentre> found = new LinkedHashMap<>();
        List<Long> distinct = centreIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        for (int from = 0; from < distinct.size(); from += IDS_PER_QUERY) {
            em.createQuery("select c from ExperienceCentre c where c.id in :ids", ExperienceCentre.class)
                    .setParameter("ids", distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_QUERY)))
                    .getResultList()
                    .forEach(centre -> found.put(centre.getId(), centre));
        }
        return found;
    }
}
