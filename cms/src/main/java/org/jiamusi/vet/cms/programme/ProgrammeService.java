package org.jiamusi.vet.cms.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.institution.Institution;
import org.jiamusi.vet.cms.institution.PublishedInstitution;
import org.jiamusi.vet.i18n.Language;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The published programmes, as the public site reads them. Editing goes through {@link ContentService}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgrammeService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    ContentService content;

    protected ProgrammeService() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager and transaction. */
    public ProgrammeService(EntityManager em, ContentService content) {
        this.em = em;
        this.content = content;
    }

    public List<PublishedProgramme> list() {
        return em.createQuery("select p from Programme p order by p.id", Programme.class).getResultStream()
                .map(PublishedProgramme::of).toList();
    }

    public long count() {
        return em.createQuery("select count(p) from Programme p", Long.class).getSingleResult();
    }

    public Optional<PublishedProgramme> find(long id) {
        return Optional.ofNullable(em.find(Programme.class, id)).map(PublishedProgramme::of);
    }

    /**
     * The published programme a reader reaches by a slug: current or former, in their language or
     * in the language their fallback chain shows them. The caller redirects when the slug is not
     * {@link PublishedProgramme#slugFor} the reader.
     */
    public Optional<PublishedProgramme> findForReader(Language reader, String slug) {
        return content.resolveSlug(ContentType.PROGRAMME, reader, slug).flatMap(this::find);
    }

    /** The published institution that offers a programme, if it names one and that one is published. */
    public Optional<PublishedInstitution> offeredBy(PublishedProgramme programme) {
        return Optional.ofNullable(programme.institutionId()).map(id -> em.find(Institution.class, id)).map(PublishedInstitution::of);
    }

    /** The published institutions of these ids, by id, in one query: for facets and comparisons. */
    public Map<Long, PublishedInstitution> institutions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select i from Institution i where i.id in :ids", Institution.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Institution::getId, PublishedInstitution::of));
    }
}
