package org.jiamusi.vet.cms.trainingbase;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jiamusi.vet.cms.content.DescribedText;

/** The published texts of a training base in one language, with its page's slug there. */
@Embeddable
public class TrainingBaseText extends DescribedText {

    @Column(name = "address", length = 300)
    private String address;

    protected TrainingBaseText() {
        // for JPA
    }

    TrainingBaseText(String title, String slug, String summary, String description, String address) {
        super(title, slug, summary, description);
        this.address = address;
    }

    public String getAddress() {
        return address;
    }
}
