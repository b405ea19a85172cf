package org.jiamusi.vet.cms.experience;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The published texts of a career-experience course in one language, with its page's slug there. */
@Embeddable
public class ExperienceCourseText {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "slug", nullable = false, length = 100)
    private String slug;

    @Column(name = "summary", length = 1000)
    private String summary;

    @Column(name = "what_you_make", length = 4000)
    private String whatYouMake;

    @Column(name = "safety_notes", length = 4000)
    private String safetyNotes;

    @Column(name = "description", length = 50000)
    private String description;

    protected ExperienceCourseText() {
        // for JPA
    }

    ExperienceCourseText(String title, String slug, String summary, String whatYouMake, String safetyNotes, String description) {
        this.title = title;
        this.slug = slug;
        this.summary = summary;
        this.whatYouMake = whatYouMake;
        this.safetyNotes = safetyNotes;
        this.description = description;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getSummary() {
        return summary;
    }

    /** What the pupil makes or tries and takes home, in plain paragraphs. */
    public String getWhatYouMake() {
        return whatYouMake;
    }

    /** What pupils must wear or know before they come, in plain paragraphs. */
    public String getSafetyNotes() {
        return safetyNotes;
    }

    /** Sanitised HTML from the back office's editor. */
    public String getDescription() {
        return description;
    }
}
