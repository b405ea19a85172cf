package org.jiamusi.vet.cms.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.institution.Institution;
import org.jiamusi.vet.cms.institution.PublishedInstitution;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    /**
     * Every published project, oldest first, each with its published institutions; the site groups
     * and sorts them for the reader. Two queries, whatever the number of projects.
     */
    public List<PublishedProject> all() {
        // the institution ids come with the projects: outside a transaction the projects are detached at once
        List<CooperationProject> projects = em.createQuery(
                "select distinct p from CooperationProject p left join fetch p.institutionIds order by p.id",
                CooperationProject.class).getResultList();
        Map<Long, PublishedInstitution> institutions = institutions(projects.stream()
                .flatMap(p -> p.getInstitutionIds().stream()).distinct().toList());
        return projects.stream().map(p -> published(p, institutions)).toList();
    }

    /**
     * One published project with its published institutions. The institution ids are fetched with
     * the project: a page calls this outside a transaction, where the project is detached at once.
     */
    public Optional<PublishedProject> find(long id) {
        return em.createQuery("select distinct p from CooperationProject p left join fetch p.institutionIds where p.id = :id",
                        CooperationProject.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(p -> published(p, institutions(p.getInstitutionIds())));
    }

    private static PublishedProject published(CooperationProject p, Map<Long, PublishedInstitution> institutions) {
        return new PublishedProject(p.getId(), p.getKind(), p.getPartnerCountry(), p.getStartYear(),
                p.getInstitutionIds().stream().map(institutions::get).filter(Objects::nonNull).toList(), p.getTexts());
    }

    /** The published institutions among these ids. */
    private Map<Long, PublishedInstitution> institutions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select i from Institution i where i.id in :ids", Institution.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Institution::getId, PublishedInstitution::of));
    }
}
