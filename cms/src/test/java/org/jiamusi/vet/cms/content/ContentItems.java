package org.jiamusi.vet.cms.content;

import jakarta.persistence.EntityManager;

import java.time.Instant;

/** Content items for tests of a single layer (a projection, a query) that need one to exist. */
public final class ContentItems {

    private ContentItems() {
    }

    /** Persists a draft item of a type, as if an editor had just created it. */
    public static ContentItem persist(EntityManager em, ContentType type, String ref, Long institutionId) {
        ContentItem item = new ContentItem(type, ref, institutionId, false, Instant.parse("2026-11-29T08:00:00Z"), "test");
        item.setCurrentRevision(1);
        item.setSourceRevision(1);
        em.persist(item);
        return item;
    }
}
