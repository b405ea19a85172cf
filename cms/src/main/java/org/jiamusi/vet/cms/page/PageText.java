package org.jiamusi.vet.cms.page;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The published texts of a page in one language, with its slug there. */
@Embeddable
public class PageText {

    /** A policy document such as the city's plan runs to tens of thousands of characters. */
    public static final int BODY_MAX = 200000;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "slug", nullable = false, length = 100)
    private String slug;

    @Column(name = "summary", length = 1000)
    private String summary;

    @Column(name = "body", length = BODY_MAX)
    private String body;

    protected PageText() {
        // for JPA
    }

    PageText(String title, String slug, String summary, String body) {
        this.title = title;
        this.slug = slug;
        this.summary = summary;
        this.body = body;
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
    public String getBody() {
        return body;
    }
}
