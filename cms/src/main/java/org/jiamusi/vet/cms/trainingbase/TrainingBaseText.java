package org.jiamusi.vet.cms.trainingbase;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The published texts of a training base in one language, with its page's slug there. */
@Embeddable
public class TrainingBaseText {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "slug", nullable = false, length = 100)
    private String slug;

    @Column(name = "summary", length = 1000)
    private String summary;

    @Column(name = "description", length = 50000)
    private String description;

    @Column(name = "address", length = 300)
    private String address;

    protected TrainingBaseText() {
        // for JPA
    }

    TrainingBaseText(String title, String slug, String summary, String description, String address) {
        this.title = title;
        this.slug = slug;
        this.summary = summary;
        this.description = description;
        this.address = address;
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

    /** Sanitised HTML from the back office's editor. */
    public String getDescription() {
        return description;
    }

    public String getAddress() {
        return address;
    }
}
