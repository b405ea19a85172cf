package org.jiamusi.vet.cms.experience;

import java.time.LocalDate;

/**
 * A course as a list shows it to a pupil choosing one: the course, its centre (null when the centre
 * is not published), and what is still to come: the date of its next session (null when none is
 * planned), how many sessions are coming and how many of their seats are free.
 */
public record CourseOutlook(PublishedCourse course, PublishedCentre centre, LocalDate nextSession,
                            long upcomingSessions, long freeSeats) {
}
