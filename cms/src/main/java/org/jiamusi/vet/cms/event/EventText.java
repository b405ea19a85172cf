package org.jiamusi.vet.cms.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jiamusi.vet.cms.content.DescribedText;

/** The published texts of an event in one language, with its page's slug there. */
@Embeddable
public class EventText extends DescribedText {

    @Column(name = "venue", length = 300)
    private String venue;

    protected EventText() {
        // for JPA
    }

    EventText(String title, String slug, String summary, String description, String venue) {
        super(title, slug, summary, description);
        this.venue = venue;
    }

    public String getVenue() {
        return venue;
    }
}
