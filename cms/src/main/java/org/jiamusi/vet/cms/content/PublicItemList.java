package org.jiamusi.vet.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every published item of a type with pages, for the sitemap and the open-data API: ids and texts,
 * a page at a time, and the items a page refers to in one query rather than one an item.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicItemList {

    /** More ids than this in one {@code in} list are split, as some databases cap the list's length. */
    static final int IDS_PER_QUERY = 500;

    @PersistenceContext
    private EntityManager em;

    protected PublicItemList() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager and transaction. */
    public PublicItemList(EntityManager em) {
        this.em = em;
    }

    /** Published items in id order, which never changes, so pages do not shift while a reader walks them. */
    public <T extends PublicItem> List<T> page(Class<T> entity, int first, int max) {
        return em.createQuery("select e from " + entity.getSimpleName() + " e order by e.id", entity)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** A page of published items as {@link #page} reads them, each as its id, type and texts. */
    public List<PublicEntry> entries(Class<? extends PublicItem> entity, int first, int max) {
        return page(entity, first, max).stream().map(PublicEntry::of).toList();
    }

    public <T extends PublicItem> long count(Class<T> entity) {
        return em.createQuery("select count(e) from " + entity.getSimpleName() + " e", Long.class).getSingleResult();
    }

    /** The published items among these ids, by id; ids of items not published are absent. */
    public <T extends PublicItem> Map<Long, T> byIds(Class<T> entity, Collection<Long> ids) {
        Map<Long, T> found = new LinkedHashMap<>();
        List<Long> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
        for (int from = 0; from < distinct.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_QUERY));
            em.createQuery("select e from " + entity.getSimpleName() + " e where e.id in :ids", entity)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(item -> found.put(item.getId(), item));
        }
        return found;
    }
}
