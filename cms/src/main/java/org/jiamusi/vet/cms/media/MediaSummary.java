package org.jiamusi.vet.cms.media;

import org.jiamusi.vet.cms.content.WorkflowStatus;
import org.jiamusi.vet.i18n.Language;

import java.time.Instant;
import java.util.Map;

/**
 * A media item as the library lists it, from its working copy.
 *
 * @param thumbnailKey the storage key of its thumbnail, null when it has none (a PDF, a WebP image)
 * @param revision     the working copy's revision, for saving its texts with optimistic locking
 */
public record MediaSummary(long id, String fileName, String mediaType, Long byteSize, Integer width, Integer height,
                           String storageKey, String thumbnailKey, Map<Language, String> altTexts,
                           Map<Language, String> captions, WorkflowStatus status, int revision, boolean live,
                           Instant updatedAt) {

    public boolean isImage() {
        return mediaType != null && mediaType.startsWith("image/");
    }
}
