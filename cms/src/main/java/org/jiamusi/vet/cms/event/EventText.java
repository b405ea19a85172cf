package org.jiamusi.vet.cms.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The published texts of an event in one language, with its page's slug there. */
@Embeddable
public class EventText {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "slug", nullable = false, length = 100)
    private String slug;

    @Column(name = "summary", length = 1000)
    private String summary;

    @Column(name = "description", length = 50000)
    private String description;

    @Column(name = "venue", length = 300)
    private String venue;

    protected EventText() {
        // for JPA
    }

    EventText(String title, String slug, String summary, String description, String venue) {
        this.title = title;
        this.slug = slug;
        this.summary = summary;
        this.description = description;
        this.venue = venue;
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

    public String getVenue() {
        return venue;
    }
}
