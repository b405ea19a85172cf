package org.jiamusi.vet.cms.experience;

import java.util.List;

/** One page of the courses a reader browses, and how many there are in all. */
public record CoursePage(long total, List<CourseOutlook> courses) {
}
