package org.jiamusi.vet.cms.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A media item's caption and alternative text in one language. Media have no pages of their own,
 * so no title or slug; the alternative text is what a screen reader says instead of the image.
 */
@Embeddable
public class MediaItemText {

    @Column(name = "caption", length = 300)
    private String caption;

    @Column(name = "alt_text", length = 300)
    private String altText;

    protected MediaItemText() {
        // for JPA
    }

    MediaItemText(String caption, String altText) {
        this.caption = caption;
        this.altText = altText;
    }

    public String getCaption() {
        return caption;
    }

    public String getAltText() {
        return altText;
    }
}
