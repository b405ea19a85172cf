package org.jiamusi.vet.cms.content;

/**
 * Where an item's working copy stands: draft → in review → published → archived, and back to draft;
 * which move leads from which state, and who may make it, is {@link WorkflowAction}.
 * Whether the public sees the item is a separate question: a published item whose editor has
 * started a new draft stays on the public site, as last published, until that draft is published.
 */
public enum WorkflowStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED
}
