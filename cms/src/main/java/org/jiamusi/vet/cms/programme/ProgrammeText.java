package org.jiamusi.vet.cms.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * The translatable fields of a programme in one language. The slug is made once from the title and
 * stored, so a later change of the title does not move the page.
 */
@Embeddable
public class ProgrammeText {

    public static final int TITLE_MAX = 200;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "slug", nullable = false, length = 100)
    private String slug;

    @Column(name = "institution", length = 200)
    private String institution;

    @Column(name = "summary", length = 1000)
    private String summary;

    @Column(name = "description", length = 10000)
    private String description;

    @Column(name = "careers", length = 2000)
    private String careers;

    protected ProgrammeText() {
        // for JPA
    }

    public ProgrammeText(String title, String institution, String summary, String description, String careers) {
        this.title = title;
        this.institution = institution;
        this.summary = summary;
        this.description = description;
        this.careers = careers;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    void setSlug(String slug) {
        this.slug = slug;
    }

    public String getInstitution() {
        return institution;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public String getCareers() {
        return careers;
    }

    /** Takes another text's content and keeps this one's slug: a new title does not move the page. */
    void copyContentFrom(ProgrammeText other) {
        this.title = other.title;
        this.institution = other.institution;
        this.summary = other.summary;
        this.description = other.description;
        this.careers = other.careers;
    }

    /** Whether the translatable content (not the slug) is the same as another's. */
    boolean sameContentAs(ProgrammeText other) {
        return Objects.equals(title, other.title)
                && Objects.equals(institution, other.institution)
                && Objects.equals(summary, other.summary)
                && Objects.equals(description, other.description)
                && Objects.equals(careers, other.careers);
    }
}
