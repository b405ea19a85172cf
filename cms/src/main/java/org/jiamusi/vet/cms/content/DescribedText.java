package org.jiamusi.vet.cms.content;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The texts of a type whose page is described in the back office's editor: a {@link TitledText}
 * with a description of up to 50,000 characters.
 */
@MappedSuperclass
public abstract class DescribedText extends TitledText {

    @Column(name = "description", length = 50000)
    private String description;

    protected DescribedText() {
        // for JPA
    }

    protected DescribedText(String title, String slug, String summary, String description) {
        super(title, slug, summary);
        this.description = description;
    }

    /** Sanitised HTML from the back office's editor. */
    public String getDescription() {
        return description;
    }
}
