package org.jiamusi.vet.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.i18n.Language;

import java.util.Optional;

/** Published items of any type with pages, as the public site reads them by slug. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicItems {

    @PersistenceContext
    private EntityManager em;

    @Inject
    ContentService content;

    protected PublicItems() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager and transaction. */
    public PublicItems(EntityManager em, ContentService content) {
        this.em = em;
        this.content = content;
    }

    /** The published item with this id, if it is of this type and published. */
    public <T extends PublicItem> Optional<T> find(Class<T> entity, long id) {
        return Optional.ofNullable(em.find(entity, id));
    }

    /**
     * The published item a reader reaches by a slug (current or former, in their language or their
     * fallback's); the caller redirects when the slug is not the one the reader should see.
     */
    public Optional<PublicEntry> findForReader(ContentType type, Class<? extends PublicItem> entity, Language reader, String slug) {
        return idForReader(type, reader, slug).map(id -> em.find(entity, id)).map(PublicEntry::of);
    }

    /** The id of the published item a reader reaches by a slug, as {@link #findForReader} finds it. */
    public Optional<Long> idForReader(ContentType type, Language reader, String slug) {
        return content.resolveSlug(type, reader, slug);
    }
}
