package org.jiamusi.vet.cms.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The published texts of an institution in one language, with the slug of its page in that language. */
@Embeddable
public class InstitutionText {

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

    @Column(name = "honours", length = 4000)
    private String honours;

    protected InstitutionText() {
        // for JPA
    }

    InstitutionText(String title, String slug, String summary, String description, String address, String honours) {
        this.title = title;
        this.slug = slug;
        this.summary = summary;
        this.description = description;
        this.address = address;
        this.honours = honours;
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

    /** Titles the institution holds, such as 省级“双高” or a national model group, one per line. */
    public String getHonours() {
        return honours;
    }
}
