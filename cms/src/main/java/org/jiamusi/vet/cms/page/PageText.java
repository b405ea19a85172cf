package org.jiamusi.vet.cms.page;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jiamusi.vet.cms.content.TitledText;

/** The published texts of a page in one language, with its slug there. */
@Embeddable
public class PageText extends TitledText {

    /** A policy document such as the city's plan runs to tens of thousands of characters. */
    public static final int BODY_MAX = 200000;

    @Column(name = "body", length = BODY_MAX)
    private String body;

    protected PageText() {
        // for JPA
    }

    PageText(String title, String slug, String summary, String body) {
        super(title, slug, summary);
        this.body = body;
    }

    /** Sanitised HTML from the back office's editor. */
    public String getBody() {
        return body;
    }
}
