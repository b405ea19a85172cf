package org.jiamusi.vet.cms.news;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The published texts of a news article in one language, with its page's slug there. */
@Embeddable
public class NewsArticleText {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "slug", nullable = false, length = 100)
    private String slug;

    @Column(name = "summary", length = 1000)
    private String summary;

    @Column(name = "body", length = 50000)
    private String body;

    protected NewsArticleText() {
        // for JPA
    }

    NewsArticleText(String title, String slug, String summary, String body) {
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
