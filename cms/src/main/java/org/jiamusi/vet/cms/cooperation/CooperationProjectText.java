package org.jiamusi.vet.cms.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The published texts of a cooperation project in one language, with its page's slug there. */
@Embeddable
public class CooperationProjectText {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "slug", nullable = false, length = 100)
    private String slug;

    @Column(name = "summary", length = 1000)
    private String summary;

    @Column(name = "description", length = 50000)
    private String description;

    @Column(name = "partner", length = 300)
    private String partner;

    protected CooperationProjectText() {
        // for JPA
    }

    CooperationProjectText(String title, String slug, String summary, String description, String partner) {
        this.title = title;
        this.slug = slug;
        this.summary = summary;
        this.description = description;
        this.partner = partner;
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

    /** The partner's name as readers of this language know it. */
    public String getPartner() {
        return partner;
    }
}
