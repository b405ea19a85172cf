package org.jiamusi.vet.cms.experience;

import org.jiamusi.vet.cms.content.Translated;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;

/** A published career-experience course as the public site shows it, read by its service. */
public record PublishedCourse(long id, Long centreId, InterestArea interestArea, boolean forPrimary,
                              boolean forJuniorMiddle, boolean forSeniorMiddle, Integer durationMinutes, boolean featured,
                              Map<Language, ExperienceCourseText> texts) implements Translated<ExperienceCourseText> {

    public static PublishedCourse of(ExperienceCourse c) {
        return new PublishedCourse(c.getId(), c.getCentreId(), c.getInterestArea(), c.isForPrimary(), c.isForJuniorMiddle(),
                c.isForSeniorMiddle(), c.getDurationMinutes(), c.featured(), c.getTexts());
    }
}
