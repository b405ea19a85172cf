package org.jiamusi.vet.cms.experience;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jiamusi.vet.cms.content.DescribedText;

/** The published texts of a career-experience centre in one language, with its page's slug there. */
@Embeddable
public class ExperienceCentreText extends DescribedText {

    @Column(name = "address", length = 300)
    private String address;

    protected ExperienceCentreText() {
        // for JPA
    }

    ExperienceCentreText(String title, String slug, String summary, String description, String address) {
        super(title, slug, summary, description);
        this.address = address;
    }

    public String getAddress() {
        return address;
    }
}
