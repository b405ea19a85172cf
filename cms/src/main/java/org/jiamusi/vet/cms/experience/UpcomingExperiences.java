package org.jiamusi.vet.cms.experience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a pupil can still sign up for, as the home page shows it: the next sessions with a free
 * seat, and the courses the editors feature. Only published sessions of published courses count.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UpcomingExperiences {

    @PersistenceContext
    private EntityManager em;

    /** Sessions on or after {@code day} with at least one seat left, soonest first. */
    public List<PublishedSession> sessionsWithFreeSeats(LocalDate day, int max) {
        return em.createQuery("""
                        select s from Session s
                        where s.date >= :day and s.seatsBooked < s.capacity
                          and exists (select c.id from ExperienceCourse c where c.id = s.courseId)
                        order by s.date, s.startTime, s.id""", Session.class)
                .setParameter("day", day)
                .setMaxResults(max)
                .getResultStream().map(PublishedSession::of).toList();
    }

    /** The featured courses, in the order the editors created them. */
    public List<PublishedCourse> featuredCourses(int max) {
        return em.createQuery("select c from ExperienceCourse c where c.featured = true order by c.id", ExperienceCourse.class)
                .setMaxResults(max)
                .getResultStream().map(PublishedCourse::of).toList();
    }

    /** The next session with a free seat of each of these courses, on or after {@code day}. */
    public Map<Long, PublishedSession> nextFreeSession(Collection<Long> courseIds, LocalDate day) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select s from Session s
                        where s.courseId in :courses and s.date >= :day and s.seatsBooked < s.capacity
                        order by s.date, s.startTime, s.id""", Session.class)
                .setParameter("courses", courseIds)
                .setParameter("day", day)
                .getResultStream()
                .collect(Collectors.toMap(Session::getCourseId, PublishedSession::of, (first, later) -> first));
    }

    /** Published courses by id; an id that is not published is left out. */
    public Map<Long, PublishedCourse> courses(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from ExperienceCourse c where c.id in :ids", ExperienceCourse.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(ExperienceCourse::getId, PublishedCourse::of));
    }
}
