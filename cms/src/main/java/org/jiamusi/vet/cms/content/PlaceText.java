package org.jiamusi.vet.cms.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The published texts, in one language, of a place pupils or trainees go to — a career-experience
 * centre or a training base: its page's texts and slug there, and its address.
 */
@Embeddable
public class PlaceText extends DescribedText {

    @Column(name = "address", length = 300)
    private String address;

    protected PlaceText() {
        // for JPA
    }

    public PlaceText(String title, String slug, String summary, String description, String address) {
        super(title, slug, summary, description);
        this.address = address;
    }

    public String getAddress() {
        return address;
    }
}
