package org.jiamusi.vet.cms.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jiamusi.vet.cms.content.DescribedText;

/** The published texts of a cooperation project in one language, with its page's slug there. */
@Embeddable
public class CooperationProjectText extends DescribedText {

    @Column(name = "partner", length = 300)
    private String partner;

    protected CooperationProjectText() {
        // for JPA
    }

    CooperationProjectText(String title, String slug, String summary, String description, String partner) {
        super(title, slug, summary, description);
        this.partner = partner;
    }

    /** The partner's name as readers of this language know it. */
    public String getPartner() {
        return partner;
    }
}
