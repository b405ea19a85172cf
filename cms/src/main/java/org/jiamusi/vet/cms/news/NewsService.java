package org.jiamusi.vet.cms.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** The published news, as the public site and its feed read them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NewsService {

    @PersistenceContext
    private EntityManager em;

    /** The newest articles first. */
    public List<PublishedArticle> latest(int max) {
        return page(0, max);
    }

    /** {@code max} articles from the {@code first}, newest first. */
    public List<PublishedArticle> page(int first, int max) {
        return em.createQuery("select n from NewsArticle n order by n.publishedOn desc, n.id desc", NewsArticle.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(max)
                .getResultStream().map(PublishedArticle::of).toList();
    }

    public long count() {
        return em.createQuery("select count(n) from NewsArticle n", Long.class).getSingleResult();
    }
}
