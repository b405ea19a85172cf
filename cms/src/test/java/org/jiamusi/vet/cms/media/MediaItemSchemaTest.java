package org.jiamusi.vet.cms.media;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.Violation;
import org.jiamusi.vet.cms.testing.MediaItems;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MediaItemSchemaTest {

    private static List<Violation> violations(ContentDraft draft) {
        return MediaItemProjection.SCHEMA.validate(draft);
    }

    @Test
    void completeDraftHasNoViolations() {
        assertThat(violations(MediaItems.openDayPhoto().build())).isEmpty();
    }

    @Test
    void mediaHaveNoPagesAndNeedNoTitle() {
        assertThat(MediaItemProjection.SCHEMA.hasPages()).isFalse();
    }

    @Test
    void fileNameAndMediaTypeAreRequired() {
        ContentDraft anonymous = MediaItems.openDayPhoto()
                .field(MediaItemProjection.FILE_NAME, null)
                .field(MediaItemProjection.MEDIA_TYPE, null)
                .build();

        assertThat(violations(anonymous)).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                tuple(MediaItemProjection.FILE_NAME, "content.field.required"),
                tuple(MediaItemProjection.MEDIA_TYPE, "content.field.required"));
    }

    @Test
    void imageWithoutPixelsIsRefused() {
        ContentDraft empty = MediaItems.openDayPhoto().field(MediaItemProjection.WIDTH, 0).build();

        assertThat(violations(empty)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(MediaItemProjection.WIDTH, "content.field.tooSmall"));
    }
}
