package org.jiamusi.vet.cms.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.content.InvalidContentException;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.i18n.Slugs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Creates, finds and lists programmes. */
@ApplicationScoped
@Transactional
public class ProgrammeService {

    @PersistenceContext
    private EntityManager em;

    protected ProgrammeService() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager and transaction. */
    public ProgrammeService(EntityManager em) {
        this.em = em;
    }

    public List<Programme> list() {
        return em.createQuery("select p from Programme p order by p.id", Programme.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(p) from Programme p", Long.class).getSingleResult();
    }

    public Optional<Programme> find(long id) {
        return Optional.ofNullable(em.find(Programme.class, id));
    }

    public Optional<Programme> findByRef(String ref) {
        return em.createQuery("select p from Programme p where p.ref = :ref", Programme.class)
                .setParameter("ref", ref)
                .getResultStream()
                .findFirst();
    }

    public Optional<Programme> findBySlug(Language language, String slug) {
        return em.createQuery("""
                        select p from Programme p join p.texts t
                        where key(t) = :language and t.slug = :slug""", Programme.class)
                .setParameter("language", language)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Creates a programme with a slug in each of its languages; refuses a draft without a Chinese title. */
    public Programme create(ProgrammeDraft draft) {
        validate(draft);
        if (findByRef(draft.ref()).isPresent()) {
            throw new InvalidContentException("ref", "content.ref.taken");
        }
        Programme programme = new Programme(draft.ref(), draft.level());
        programme.setCode(draft.code());
        programme.setPathway(draft.pathway());
        programme.setDurationYears(draft.durationYears());
        programme.setSample(draft.sample());
        for (Map.Entry<Language, ProgrammeText> entry : draft.texts().entrySet()) {
            ProgrammeText text = entry.getValue();
            text.setSlug(uniqueSlug(entry.getKey(), Slugs.of(text.getTitle(), entry.getKey())));
            programme.putText(entry.getKey(), text);
        }
        em.persist(programme);
        return programme;
    }

    private static void validate(ProgrammeDraft draft) {
        if (draft.ref() == null || draft.ref().isBlank()) {
            throw new InvalidContentException("ref", "content.ref.required");
        }
        if (draft.level() == null) {
            throw new InvalidContentException("level", "content.level.required");
        }
        ProgrammeText source = draft.texts().get(Language.SOURCE);
        if (source == null || source.getTitle() == null || source.getTitle().isBlank()) {
            throw new InvalidContentException("title", "content.title.sourceRequired");
        }
        for (ProgrammeText text : draft.texts().values()) {
            if (text.getTitle() == null || text.getTitle().isBlank()) {
                throw new InvalidContentException("title", "content.title.required");
            }
            if (text.getTitle().length() > ProgrammeText.TITLE_MAX) {
                throw new InvalidContentException("title", "content.title.tooLong");
            }
        }
    }

    private String uniqueSlug(Language language, String base) {
        String candidate = base;
        for (int n = 2; slugTaken(language, candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private boolean slugTaken(Language language, String slug) {
        return em.createQuery("""
                        select count(p) from Programme p join p.texts t
                        where key(t) = :language and t.slug = :slug""", Long.class)
                .setParameter("language", language)
                .setParameter("slug", slug)
                .getSingleResult() > 0;
    }
}
