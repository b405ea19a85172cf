package org.jiamusi.vet.cms.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.institution.Institution;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The published cooperation projects, as the public site lists them, with the city's institutions in them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CooperationService {

    @PersistenceContext
    private EntityManager em;

    protected CooperationService() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager and transaction. */
    public CooperationService(EntityManager em) {
        this.em = em;
    }

    /** Every published project, oldest first; the site groups and sorts them for the reader. */
    public List<CooperationProject> all() {
        // the institutions are read after the transaction, so they come with the projects
        return em.createQuery("select distinct p from CooperationProject p left join fetch p.institutionIds order by p.id",
                CooperationProject.class).getResultList();
    }

    /** The published institutions taking part in one project, read in one query (the project's ids are lazy). */
    public List<Institution> institutionsOf(long projectId) {
        return em.createQuery("""
                        select i from CooperationProject p join p.institutionIds taking, Institution i
                        where p.id = :project and i.id = taking order by i.id""", Institution.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    /** The published institutions among these ids. */
    public Map<Long, Institution> institutions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select i from Institution i where i.id in :ids", Institution.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Institution::getId, Function.identity()));
    }
}
