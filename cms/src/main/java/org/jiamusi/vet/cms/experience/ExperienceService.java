package org.jiamusi.vet.cms.experience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The published career experiences as the public site reads them: courses by interest area and
 * school stage with what is still to come of each, a course's coming sessions with their free seats,
 * and the centres and courses of an institution. Editing goes through the content service.
 *
 * <p>Lists are ordered by the next session, soonest first, then the courses with none planned: a
 * pupil is looking for something to go to, and the order is the database's, so a page costs the
 * same however many courses there are. The open-data API reads a page of courses' sessions and
 * centres in one query each.
 */
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
     * The courses of an interest area (null: every area) that suit a school stage (null: any
     * stage), {@code max} from {@code first}; sessions count from {@code day} on.
     */
    public CoursePage browse(InterestArea area, SchoolStage stage, LocalDate day, int first, int max) {
        String where = where(area, stage);
        var count = em.createQuery("select count(c) from ExperienceCourse c" + where, Long.class);
        if (area != null) {
            count.setParameter("area", area);
        }
        long total = count.getSingleResult();
        var page = em.createQuery("select c.id, min(s.date), count(s.id), coalesce(sum(s.capacity - s.seatsBooked), 0)"
                        + " from ExperienceCourse c left join Session s on s.courseId = c.id and s.date >= :day" + where
                        + " group by c.id order by case when min(s.date) is null then 1 else 0 end, min(s.date), c.id", Object[].class)
                .setParameter("day", day)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(max);
        if (area != null) {
            page.setParameter("area", area);
        }
        List<Object[]> rows = page.getResultList();
        if (rows.isEmpty()) {
            return new CoursePage(total, List.of());
        }
        Map<Long, ExperienceCourse> courses = byId(em.createQuery("select c from ExperienceCourse c where c.id in :ids", ExperienceCourse.class)
                .setParameter("ids", rows.stream().map(row -> (Long) row[0]).toList())
                .getResultList(), ExperienceCourse::getId);
        Map<Long, PublishedCentre> centres = centres(courses.values().stream().map(ExperienceCourse::getCentreId).toList());
        List<CourseOutlook> outlooks = new ArrayList<>();
        for (Object[] row : rows) {
            ExperienceCourse course = courses.get((Long) row[0]);
            if (course != null) {
                outlooks.add(new CourseOutlook(PublishedCourse.of(course), centres.get(course.getCentreId()), (LocalDate) row[1],
                        ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
            }
        }
        return new CoursePage(total, outlooks);
    }

    /** How many courses each interest area has for a school stage (null: any stage); areas with none are left out. */
    public Map<InterestArea, Long> countByArea(SchoolStage stage) {
        Map<InterestArea, Long> counts = new EnumMap<>(InterestArea.class);
        em.createQuery("select c.interestArea, count(c) from ExperienceCourse c" + where(null, stage) + " group by c.interestArea", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((InterestArea) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** How many courses of an interest area (null: every area) suit each school stage. */
    public Map<SchoolStage, Long> countByStage(InterestArea area) {
        Map<SchoolStage, Long> counts = new EnumMap<>(SchoolStage.class);
        for (SchoolStage stage : SchoolStage.values()) {
            var count = em.createQuery("select count(c) from ExperienceCourse c" + where(area, stage), Long.class);
            if (area != null) {
                count.setParameter("area", area);
            }
            counts.put(stage, count.getSingleResult());
        }
        return counts;
    }

    public Optional<PublishedCourse> course(long id) {
        return Optional.ofNullable(em.find(ExperienceCourse.class, id)).map(PublishedCourse::of);
    }

    public Optional<PublishedCentre> centre(long id) {
        return Optional.ofNullable(em.find(ExperienceCentre.class, id)).map(PublishedCentre::of);
    }

    /**
     * The published sessions of these courses, by course id and in time order; a course without
     * sessions maps to an empty list. One query for the whole page of courses, not one a course.
     */
    public Map<Long, List<PublishedSession>> sessionsOf(Collection<Long> courseIds) {
        Map<Long, List<PublishedSession>> byCourse = new LinkedHashMap<>();
        List<Long> distinct = courseIds.stream().distinct().toList();
        distinct.forEach(id -> byCourse.put(id, new ArrayList<>()));
        for (int from = 0; from < distinct.size(); from += IDS_PER_QUERY) {
            em.createQuery("""
                            select s from Session s where s.courseId in :ids
                            order by s.date, s.startTime, s.id""", Session.class)
                    .setParameter("ids", distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_QUERY)))
                    .getResultList()
                    .forEach(session -> byCourse.get(session.getCourseId()).add(PublishedSession.of(session)));
        }
        return byCourse;
    }

    /** The published centres among these ids, by id, a bounded number of ids a query. */
    public Map<Long, PublishedCentre> centres(Collection<Long> centreIds) {
        Map<Long, PublishedCentre> found = new LinkedHashMap<>();
        List<Long> distinct = centreIds.stream().filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < distinct.size(); from += IDS_PER_QUERY) {
            em.createQuery("select c from ExperienceCentre c where c.id in :ids", ExperienceCentre.class)
                    .setParameter("ids", distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_QUERY)))
                    .getResultList()
                    .forEach(centre -> found.put(centre.getId(), PublishedCentre.of(centre)));
        }
        return found;
    }

    /** A course's sessions on {@code day} or later, soonest first, with the seats booked as they are now. */
    public List<PublishedSession> upcomingSessions(long courseId, LocalDate day) {
        return em.createQuery("""
                        select s from Session s
                        where s.courseId = :course and s.date >= :day
                        order by s.date, s.startTime, s.id""", Session.class)
                .setParameter("course", courseId)
                .setParameter("day", day)
                .getResultStream().map(PublishedSession::of).toList();
    }

    /** The centres an institution runs. */
    public List<PublishedCentre> centresOf(long institutionId) {
        return em.createQuery("select c from ExperienceCentre c where c.institutionId = :institution order by c.id", ExperienceCentre.class)
                .setParameter("institution", institutionId)
                .getResultStream().map(PublishedCentre::of).toList();
    }

    /** The courses given at any of these centres, at most {@code max}. */
    public List<PublishedCourse> coursesAt(Collection<Long> centreIds, int max) {
        if (centreIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from ExperienceCourse c where c.centreId in :centres order by c.id", ExperienceCourse.class)
                .setParameter("centres", centreIds)
                .setMaxResults(max)
                .getResultStream().map(PublishedCourse::of).toList();
    }

    private static String where(InterestArea area, SchoolStage stage) {
        List<String> conditions = new ArrayList<>();
        if (area != null) {
            conditions.add("c.interestArea = :area");
        }
        if (stage != null) {
            conditions.add(stage.condition());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, HashMap::new));
    }
}
