package org.jiamusi.vet.cms.experience;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a session takes place, in one language; sessions have no pages of their own, so no title or slug. */
@Embeddable
public class SessionText {

    @Column(name = "place", length = 300)
    private String place;

    protected SessionText() {
        // for JPA
    }

    SessionText(String place) {
        this.place = place;
    }

    /** The room or workshop inside the centre, such as 实训楼三楼口腔修复实训室. */
    public String getPlace() {
        return place;
    }
}
