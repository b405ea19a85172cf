package org.jiamusi.vet.cms.media;

/** A published media file as the public site serves it: where it is stored, its type and its name. */
public record PublishedMedia(long id, String fileName, String mediaType, String storageKey) {

    static PublishedMedia of(MediaItem m) {
        return new PublishedMedia(m.getId(), m.getFileName(), m.getMediaType(), m.getStorageKey());
    }
}
