package org.jiamusi.vet.cms.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The published pages, as the site's footer links them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PageService {

    @PersistenceContext
    private EntityManager em;

    /** Every published page, about pages first, then policy documents, then the rest, each in the order created. */
    public List<PublishedPage> all() {
        return em.createQuery("select p from Page p order by p.id", Page.class).getResultStream()
                .sorted(Comparator.comparing(Page::getKind))
                .map(PublishedPage::of)
                .toList();
    }

    public Optional<PublishedPage> find(long id) {
        return Optional.ofNullable(em.find(Page.class, id)).map(PublishedPage::of);
    }
}
