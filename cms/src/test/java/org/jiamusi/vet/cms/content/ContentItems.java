package org.jiamusi.vet.cms.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jiamusi.vet.cms.testing.Transactions;
import org.jiamusi.vet.i18n.Language;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

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

    /**
     * Puts a valid draft on the public site through its projection alone, as the read services see
     * published content; returns the item's id.
     */
    public static long publish(EntityManagerFactory emf, ContentProjection projection, ContentType type, String ref,
                               ContentDraft draft, Map<Language, String> slugs) {
        assertThat(projection.schema().validate(draft)).as("the draft's violations").isEmpty();
        return Transactions.inTransaction(emf, em -> {
            ContentItem item = persist(em, type, ref, null);
            projection.publish(em, item, draft, slugs);
            return item.getId();
        });
    }

    /** A slug in each language made from one base: {@code base-zh}, {@code base-ru}, {@code base-en}. */
    public static Map<Language, String> slugs(String base) {
        return Map.of(Language.ZH, base + "-zh", Language.RU, base + "-ru", Language.EN, base + "-en");
    }
}
