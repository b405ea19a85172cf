package org.jiamusi.vet.cms.experience;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jiamusi.vet.cms.content.DescribedText;

/** The published texts of a career-experience course in one language, with its page's slug there. */
@Embeddable
public class ExperienceCourseText extends DescribedText {

    @Column(name = "what_you_make", length = 4000)
    private String whatYouMake;

    @Column(name = "safety_notes", length = 4000)
    private String safetyNotes;

    protected ExperienceCourseText() {
        // for JPA
    }

    ExperienceCourseText(String title, String slug, String summary, String whatYouMake, String safetyNotes, String description) {
        super(title, slug, summary, description);
        this.whatYouMake = whatYouMake;
        this.safetyNotes = safetyNotes;
    }

    /** What the pupil makes or tries and takes home, in plain paragraphs. */
    public String getWhatYouMake() {
        return whatYouMake;
    }

    /** What pupils must wear or know before they come, in plain paragraphs. */
    public String getSafetyNotes() {
        return safetyNotes;
    }
}
