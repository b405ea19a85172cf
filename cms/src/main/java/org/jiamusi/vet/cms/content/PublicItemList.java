package org.jiamusi.vet.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** Every published item of a type with pages, for the sitemap: ids and texts, a page at a time. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicItemList {

    @PersistenceContext
    private EntityManager em;

    public <T extends PublicItem> List<T> page(Class<T> entity, int first, int max) {
        return em.createQuery("select e from " + entity.getSimpleName() + " e order by e.id", entity)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }
}
