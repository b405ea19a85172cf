package org.jiamusi.vet.cms.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jiamusi.vet.cms.content.DescribedText;

/** The published texts of an institution in one language, with the slug of its page in that language. */
@Embeddable
public class InstitutionText extends DescribedText {

    @Column(name = "address", length = 300)
    private String address;

    @Column(name = "honours", length = 4000)
    private String honours;

    protected InstitutionText() {
        // for JPA
    }

    InstitutionText(String title, String slug, String summary, String description, String address, String honours) {
        super(title, slug, summary, description);
        this.address = address;
        this.honours = honours;
    }

    public String getAddress() {
        return address;
    }

    /** Titles the institution holds, such as 省级“双高” or a national model group, one per line. */
    public String getHonours() {
        return honours;
    }
}
