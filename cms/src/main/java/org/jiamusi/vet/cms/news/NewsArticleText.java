package org.jiamusi.vet.cms.news;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jiamusi.vet.cms.content.TitledText;

/** The published texts of a news article in one language, with its page's slug there. */
@Embeddable
public class NewsArticleText extends TitledText {

    @Column(name = "body", length = 50000)
    private String body;

    protected NewsArticleText() {
        // for JPA
    }

    NewsArticleText(String title, String slug, String summary, String body) {
        super(title, slug, summary);
        this.body = body;
    }

    /** Sanitised HTML from the back office's editor. */
    public String getBody() {
        return body;
    }
}
