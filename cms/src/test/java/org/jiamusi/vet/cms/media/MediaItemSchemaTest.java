package org.jiamusi.vet.cms.media;

import org.jiamusi.vet.cms.content.ContentSchemaContract;
import org.jiamusi.vet.cms.testing.MediaItems;
import org.junit.jupiter.api.Test;

/** What a media item's draft must be to be saved: a named file of a known type, an image with pixels. */
class MediaItemSchemaTest extends ContentSchemaContract {

    MediaItemSchemaTest() {
        super(MediaItemProjection.SCHEMA, Shown.WITHIN_OTHER_CONTENT, MediaItems::openDayPhoto,
                MediaItemProjection.FILE_NAME, MediaItemProjection.MEDIA_TYPE);
    }

    @Test
    void imageWithoutPixelsIsRefused() {
        assertRefused(draft().field(MediaItemProjection.WIDTH, 0), MediaItemProjection.WIDTH, "content.field.tooSmall");
    }
}
