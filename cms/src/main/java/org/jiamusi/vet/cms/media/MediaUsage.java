package org.jiamusi.vet.cms.media;

import org.jiamusi.vet.cms.content.ContentType;

/** An item whose working copy or published revision uses a media item, and the field that does. */
public record MediaUsage(long itemId, ContentType type, String ref, String title, String field) {
}
