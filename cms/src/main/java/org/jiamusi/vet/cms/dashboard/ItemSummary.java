package org.jiamusi.vet.cms.dashboard;

import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.WorkflowStatus;

import java.time.Instant;

/**
 * One line of a back-office list: enough to recognise the item and open it, read from the item
 * and its working copy's Chinese title (or file name, for a media item).
 */
public record ItemSummary(long id, ContentType type, String ref, String title, WorkflowStatus status,
                          Instant updatedAt, String updatedBy, Instant publishAt, Instant unpublishAt) {
}
