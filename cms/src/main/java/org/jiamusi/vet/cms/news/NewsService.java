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
    public List<NewsArticle> latest(int max) {
        return em.createQuery("select n from NewsArticle n order by n.publishedOn desc, n.id desc", NewsArticle.class)
                .setMaxResults(max)
                .getResultList();
    }
}
