package org.jiamusi.vet.cms.content;

import jakarta.persistence.EntityManager;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A {@link ContentProjection} onto one {@link ProjectionEntity}: publishing finds the entity or
 * makes it on first publication, writes the revision's facts and texts into it, and persists it
 * once complete; withdrawing removes it. Each type says only how its facts and texts are read from
 * a draft.
 *
 * @param <E> the type's public entity
 * @param <T> the entity's texts in one language
 */
public abstract class EntityProjection<E extends ProjectionEntity<T>, T> implements ContentProjection {

    private final ContentSchema schema;
    private final Class<E> entity;
    private final Function<Long, E> create;
    private final BiFunction<Map<String, String>, String, T> text;

    /**
     * @param schema the type's fields and rules
     * @param create makes the entity under the id of its content item, on first publication
     * @param text makes one language's texts from that language's draft values and the item's slug
     *             there (null for a type without pages)
     */
    protected EntityProjection(ContentSchema schema, Class<E> entity, Function<Long, E> create,
                               BiFunction<Map<String, String>, String, T> text) {
        this.schema = schema;
        this.entity = entity;
        this.create = create;
        this.text = text;
    }

    @Override
    public final ContentSchema schema() {
        return schema;
    }

    @Override
    public void publish(EntityManager em, ContentItem item, ContentDraft draft, Map<Language, String> slugs) {
        E published = em.find(entity, item.getId());
        boolean firstPublication = published == null;
        if (firstPublication) {
            published = create.apply(item.getId());
        }
        writeFacts(em, published, draft);
        published.replaceTexts(texts(draft, slugs));
        if (firstPublication) {
            // persisted once complete: Hibernate checks the required columns when it is persisted
            em.persist(published);
        }
    }

    @Override
    public void withdraw(EntityManager em, ContentItem item) {
        E published = em.find(entity, item.getId());
        if (published != null) {
            em.remove(published);
        }
    }

    /** Writes the draft's facts, all but its texts, into the entity. */
    protected abstract void writeFacts(EntityManager em, E published, ContentDraft draft);

    /**
     * The draft's texts by language: one per language the draft has, each with its slug when the
     * type has pages.
     *
     * @param slugs the item's current slug in each language that has a title (empty for types without pages)
     */
    protected Map<Language, T> texts(ContentDraft draft, Map<Language, String> slugs) {
        return schema.hasPages()
                ? DraftValues.texts(draft, slugs, text)
                : DraftValues.texts(draft, values -> text.apply(values, null));
    }
}
