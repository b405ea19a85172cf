package org.jiamusi.vet.cms.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
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

    /** Lower-case ASCII words joined by single hyphens. */
    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

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

    /**
     * Finds the programme a reader reaches by a slug: its current slug in the reader's language, a
     * slug it used to have there, or the slug of the text the reader is shown when their language
     * has no translation. The caller redirects when the slug is not {@link Programme#slugFor} the reader.
     */
    public Optional<Programme> findForReader(Language reader, String slug) {
        Optional<Programme> found = findByCurrentOrOldSlug(reader, slug);
        for (Language fallback : reader.fallbackChain()) {
            if (found.isPresent()) {
                break;
            }
            if (fallback != reader) {
                found = findBySlug(fallback, slug);
            }
        }
        return found;
    }

    /**
     * Saves an editor's changes. Existing slugs stay as they are, whatever the new titles; a new
     * language gets a slug made from its title. Refuses the save when someone else saved the
     * programme since the editor loaded {@code expectedVersion}.
     */
    public Programme update(long id, long expectedVersion, ProgrammeDraft draft) {
        validate(draft);
        Programme programme = find(id).orElseThrow(() -> new InvalidContentException("id", "content.notFound"));
        if (programme.getVersion() != expectedVersion) {
            throw new OptimisticLockException(programme);
        }
        programme.setCode(draft.code());
        programme.setLevel(draft.level());
        programme.setPathway(draft.pathway());
        programme.setDurationYears(draft.durationYears());
        programme.setSample(draft.sample());
        for (Language language : Language.values()) {
            ProgrammeText submitted = draft.texts().get(language);
            Optional<ProgrammeText> existing = programme.text(language);
            if (submitted == null) {
                existing.ifPresent(text -> programme.removeText(language));
            } else if (existing.isPresent()) {
                existing.get().copyContentFrom(submitted);
            } else {
                submitted.setSlug(uniqueSlug(language, Slugs.of(submitted.getTitle(), language)));
                programme.putText(language, submitted);
            }
        }
        return programme;
    }

    /** Gives a language of a programme a new slug; links to the old one are redirected to it. */
    public Programme changeSlug(long id, Language language, String newSlug) {
        Programme programme = find(id).orElseThrow(() -> new InvalidContentException("id", "content.notFound"));
        if (newSlug == null || newSlug.length() > 100 || !newSlug.matches(SLUG_PATTERN)) {
            throw new InvalidContentException("slug", "content.slug.invalid");
        }
        ProgrammeText text = programme.text(language)
                .orElseThrow(() -> new InvalidContentException("slug", "content.slug.noText"));
        if (newSlug.equals(text.getSlug())) {
            return programme;
        }
        Optional<Programme> holder = findByCurrentOrOldSlug(language, newSlug);
        if (holder.isPresent() && !holder.get().getId().equals(programme.getId())) {
            throw new InvalidContentException("slug", "content.slug.taken");
        }
        programme.moveSlug(language, newSlug);
        return programme;
    }

    private Optional<Programme> findByCurrentOrOldSlug(Language language, String slug) {
        return findBySlug(language, slug).or(() -> em.createQuery("""
                        select p from Programme p join p.oldSlugs o
                        where o.language = :language and o.slug = :slug""", Programme.class)
                .setParameter("language", language)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst());
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

    /** A slug is taken while any programme uses it, now or as an old slug that still redirects. */
    private boolean slugTaken(Language language, String slug) {
        return findByCurrentOrOldSlug(language, slug).isPresent();
    }
}
