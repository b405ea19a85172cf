package org.jiamusi.vet.cms.content;

import jakarta.persistence.EntityManager;
import org.jiamusi.vet.i18n.Language;

import java.util.List;
import java.util.Map;

/**
 * The public side of one content type: the entity the site and the search index read, written from
 * the item's published revision when it is published, and removed when it is archived. The
 * projection entity has the same id as its {@link ContentItem}.
 */
public interface ContentProjection {

    ContentSchema schema();

    default ContentType type() {
        return schema().type();
    }

    /**
     * Writes the published revision into the public entity, creating it on first publication.
     *
     * @param slugs the item's current slug in each language that has a title (empty for types without pages)
     */
    void publish(EntityManager em, ContentItem item, ContentDraft draft, Map<Language, String> slugs);

    /** Removes the public entity: the item was archived or unpublished. */
    void withdraw(EntityManager em, ContentItem item);

    /** Rules that need stored data, such as a session's capacity not below the seats already booked. */
    default List<Violation> checkAgainstStored(EntityManager em, ContentItem item, ContentDraft draft) {
        return List.of();
    }
}
