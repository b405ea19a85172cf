package org.jiamusi.vet.cms.experience;

import org.jiamusi.vet.cms.content.ProjectionEntity;
import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.cms.content.TitledText;
import org.jiamusi.vet.cms.content.PublicItem;
import org.jiamusi.vet.cms.content.ContentType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.jiamusi.vet.i18n.Language;

import java.util.EnumMap;
import java.util.Map;

/**
 * A published career-experience course (职业体验课程): what a pupil of the given school stages can
 * try in a centre, for how long. It shares its content item's id and is written only by
 * {@link ExperienceCourseProjection}; the centre is kept as a content item's id.
 */
@Entity
@Table(name = "experience_course")
public class ExperienceCourse extends ProjectionEntity<ExperienceCourseText> implements PublicItem {

    @Column(name = "centre_id", nullable = false)
    private Long centreId;

    @Enumerated(EnumType.STRING)
    @Column(name = "interest_area", nullable = false, length = 40)
    private InterestArea interestArea;

    @Column(name = "for_primary", nullable = false)
    private boolean forPrimary;

    @Column(name = "for_junior_middle", nullable = false)
    private boolean forJuniorMiddle;

    @Column(name = "for_senior_middle", nullable = false)
    private boolean forSeniorMiddle;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(name = "featured", nullable = false)
    private boolean featured;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "experience_course_text", joinColumns = @JoinColumn(name = "course_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "lang", length = 2)
    private Map<Language, ExperienceCourseText> texts = new EnumMap<>(Language.class);

    protected ExperienceCourse() {
        // for JPA
    }

    ExperienceCourse(Long id) {
        super(id);
    }

    /** The content item id of the centre that gives the course. */
    public Long getCentreId() {
        return centreId;
    }

    public InterestArea getInterestArea() {
        return interestArea;
    }

    /** Suitable for primary-school pupils (小学). */
    public boolean isForPrimary() {
        return forPrimary;
    }

    /** Suitable for junior-middle-school pupils (初中). */
    public boolean isForJuniorMiddle() {
        return forJuniorMiddle;
    }

    /** Suitable for senior-middle-school pupils (高中). */
    public boolean isForSeniorMiddle() {
        return forSeniorMiddle;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    /** Chosen by the editors for the home page. */
    @Override
    public boolean featured() {
        return featured;
    }

    @Override
    protected Map<Language, ExperienceCourseText> texts() {
        return texts;
    }

    void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    void setInterestArea(InterestArea interestArea) {
        this.interestArea = interestArea;
    }

    void setGrades(boolean forPrimary, boolean forJuniorMiddle, boolean forSeniorMiddle) {
        this.forPrimary = forPrimary;
        this.forJuniorMiddle = forJuniorMiddle;
        this.forSeniorMiddle = forSeniorMiddle;
    }

    void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    void setFeatured(boolean featured) {
        this.featured = featured;
    }

    @Override
    public ContentType contentType() {
        return ContentType.EXPERIENCE_COURSE;
    }

    @Override
    public Map<Language, PublicText> publicTexts() {
        return TitledText.publicTexts(texts, t -> PublicText.plain(t.getWhatYouMake(), t.getSafetyNotes(), t.getDescription()));
    }
}
