package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.cms.account.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.i18n.Slugs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * The rules an editor lives by, the same for every content type: every save is a revision; the
 * public sees the published revision only; translations know which source revision they were made
 * from; two editors never silently overwrite each other; each workflow move has its own permission;
 * and every change is in the audit log.
 */
@ApplicationScoped
@Transactional
public class ContentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    Instance<ContentProjection> projectionBeans;

    @Inject
    AuditLog audit;

    private Clock clock = Clock.systemUTC();
    private Map<ContentType, ContentProjection> projections;

    protected ContentService() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager, transaction and clock. */
    public ContentService(EntityManager em, AuditLog audit, Clock clock, List<ContentProjection> projections) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
        this.projections = index(projections);
    }

    // ---------------------------------------------------------------- reading

    public Optional<ContentItem> find(long id) {
        return Optional.ofNullable(em.find(ContentItem.class, id));
    }

    public Optional<ContentItem> findByRef(ContentType type, String ref) {
        return em.createQuery("select i from ContentItem i where i.type = :type and i.ref = :ref", ContentItem.class)
                .setParameter("type", type)
                .setParameter("ref", ref)
                .getResultStream()
                .findFirst();
    }

    /** Every item, in the order they were created. */
    public List<ContentItem> all() {
        return em.createQuery("select i from ContentItem i order by i.id", ContentItem.class).getResultList();
    }

    public ContentSchema schema(ContentType type) {
        return projection(type).schema();
    }

    /**
     * A draft as a save would store it (rich text sanitised), so that a caller can tell whether
     * saving it would change anything.
     */
    public ContentDraft asStored(ContentType type, ContentDraft draft) {
        return RichText.sanitize(schema(type), draft);
    }

    /**
     * The revision being worked on, for the services that decided themselves who may read it (the
     * public projections, the seed loader, the media library); a back-office page asks
     * {@link #workingCopy(Actor, long)}.
     */
    public ContentDraft workingCopy(long id) {
        return revision(id, item(id).getCurrentRevision());
    }

    /**
     * The revision being worked on, as a back-office user reads it (editor, preview, media file):
     * refused with {@link AccessDeniedException} to whoever may not open the item.
     */
    public ContentDraft workingCopy(Actor reader, long id) {
        ContentPermissions.requireReader(reader, item(id));
        return workingCopy(id);
    }

    /** The revision the public sees, if the item is on the public site. */
    public Optional<ContentDraft> published(long id) {
        Integer number = item(id).getPublishedRevision();
        return number == null ? Optional.empty() : Optional.of(revision(id, number));
    }

    public ContentDraft revision(long id, int number) {
        return em.createQuery("select r from ContentRevision r where r.itemId = :id and r.number = :number", ContentRevision.class)
                .setParameter("id", id)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ContentValidationException(List.of(Violation.of("revision", "content.revision.notFound"))))
                .draft();
    }

    /** Every revision of an item, newest first; refused to whoever may not open the item. */
    public List<RevisionInfo> history(Actor reader, long id) {
        ContentItem item = item(id);
        ContentPermissions.requireReader(reader, item);
        return em.createQuery("select r from ContentRevision r where r.itemId = :id order by r.number desc", ContentRevision.class)
                .setParameter("id", id)
                .getResultStream()
                .map(r -> new RevisionInfo(r.getNumber(), r.getAuthor(), r.getCreatedAt(), r.getComment(),
                        Integer.valueOf(r.getNumber()).equals(item.getPublishedRevision()), r.getNumber() == item.getCurrentRevision()))
                .toList();
    }

    /**
     * Field by field and language by language, what changed from one revision to another; refused
     * to whoever may not open the item.
     */
    public List<FieldChange> diff(Actor reader, long id, int from, int to) {
        ContentPermissions.requireReader(reader, item(id));
        return changes(id, from, to);
    }

    private List<FieldChange> changes(long id, int from, int to) {
        return FieldChange.between(revision(id, from), revision(id, to));
    }

    /**
     * The workflow moves the actor may make on the item as it stands, for a page to show as buttons;
     * the service decides each again when it is asked to make it.
     */
    public Set<WorkflowAction> allowedActions(Actor actor, long id) {
        return WorkflowAction.allowed(actor, item(id));
    }

    /**
     * The moves the actor's roles allow on an item of their own (their institution's, for an
     * institution editor), whatever its state: the bulk actions of a list, which the service then
     * decides item by item.
     */
    public Set<WorkflowAction> allowedActions(Actor actor) {
        return WorkflowAction.permitted(actor, actor.institutionId());
    }

    /**
     * The languages whose texts the actor may write on the item, the Chinese source standing for the
     * facts too: for a page to show those fields editable and the others read-only. A save is still
     * refused whatever it changes beyond them.
     */
    public Set<Language> writableLanguages(Actor actor, long id) {
        return writableLanguages(actor, item(id).getInstitutionId());
    }

    /** The languages the actor may write on a new item of their own (their institution's, for an institution editor). */
    public Set<Language> writableLanguages(Actor actor) {
        return writableLanguages(actor, actor.institutionId());
    }

    private static Set<Language> writableLanguages(Actor actor, Long institutionId) {
        Set<Language> writable = EnumSet.noneOf(Language.class);
        for (Language language : Language.values()) {
            boolean may = language == Language.SOURCE
                    ? ContentPermissions.isSourceEditor(actor, institutionId)
                    : ContentPermissions.mayTranslate(actor, institutionId, language);
            if (may) {
                writable.add(language);
            }
        }
        return writable;
    }

    /** The state of the Russian and English translations of the working copy. */
    public Map<Language, TranslationStatus> translationStatus(long id) {
        ContentItem item = item(id);
        ContentDraft draft = workingCopy(id);
        Map<Language, TranslationStatus> status = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            if (language == Language.SOURCE) {
                continue;
            }
            TranslationRecord record = em.find(TranslationRecord.class, new TranslationRecord.Key(id, language));
            if (!draft.hasLanguage(language)) {
                status.put(language, TranslationStatus.MISSING);
            } else if (record == null || record.getSourceRevision() < item.getSourceRevision()) {
                status.put(language, TranslationStatus.OUTDATED);
            } else {
                status.put(language, TranslationStatus.UP_TO_DATE);
            }
        }
        return status;
    }

    /** The current slug of an item in each language that has one. */
    public Map<Language, String> currentSlugs(long id) {
        Map<Language, String> slugs = new EnumMap<>(Language.class);
        em.createQuery("select s from ContentSlug s where s.itemId = :id and s.current = true", ContentSlug.class)
                .setParameter("id", id)
                .getResultStream()
                .forEach(s -> slugs.put(s.getLanguage(), s.getSlug()));
        return slugs;
    }

    /**
     * The public item a reader reaches by a slug: a current or former slug in the reader's language,
     * or the current slug of a language their fallback chain shows them. Items not on the public
     * site are not found.
     */
    public Optional<Long> resolveSlug(ContentType type, Language reader, String slug) {
        Optional<Long> found = slugOwner(type, reader, slug, false);
        for (Language fallback : reader.fallbackChain()) {
            if (found.isEmpty() && fallback != reader) {
                found = slugOwner(type, fallback, slug, true);
            }
        }
        return found.filter(id -> find(id).filter(ContentItem::isLive).isPresent());
    }

    // ---------------------------------------------------------------- writing

    /**
     * Creates an item with its first revision. An institution editor's items always belong to their
     * institution; an institution belongs to itself. A blank reference gets a generated one.
     */
    public ContentItem create(Actor actor, ContentType type, String ref, Long institutionId, boolean sample,
                              ContentDraft draft, String comment) {
        Long owner = institutionId;
        if (actor.has(Role.INSTITUTION_EDITOR) && !actor.hasAny(Role.ADMINISTRATOR, Role.EDITOR) && owner == null) {
            owner = actor.institutionId();
        }
        ContentPermissions.requireSourceEditor(actor, owner);
        draft = RichText.sanitize(schema(type), draft);
        requireReferencesAllowed(actor, type, ContentDraft.empty(), draft);
        String reference = ref == null || ref.isBlank() ? generatedRef(type, draft) : ref.strip();
        if (reference.length() > 100) {
            throw new ContentValidationException(List.of(Violation.of("ref", null, "content.field.tooLong", Map.of("max", 100))));
        }
        // The reference is written into XLIFF files (file/@original), so it keeps the same rule as texts.
        Violation refCharacter = ContentSchema.forbiddenCharacter("ref", null, reference);
        if (refCharacter != null) {
            throw new ContentValidationException(List.of(refCharacter));
        }
        if (findByRef(type, reference).isPresent()) {
            throw new ContentValidationException(List.of(Violation.of("ref", "content.ref.taken")));
        }
        validate(null, type, draft, null);
        ContentItem item = new ContentItem(type, reference, owner, sample, clock.instant(), actor.username());
        em.persist(item);
        if (type == ContentType.INSTITUTION && owner == null) {
            item.setInstitutionId(item.getId());
        }
        audit.record(actor, "item.create", type.code(), item.getId(), reference);
        writeRevision(actor, item, null, draft, comment, "item.save");
        return item;
    }

    /**
     * Saves an editor's draft as a new revision. Refused with an {@link EditConflictException} when
     * someone saved after {@code editedRevision} was opened, and with a
     * {@link ContentValidationException} when the draft breaks a rule; either way nothing is saved.
     */
    public ContentItem save(Actor actor, long id, int editedRevision, ContentDraft draft, String comment) {
        ContentItem item = item(id);
        if (item.getCurrentRevision() != editedRevision) {
            throw new EditConflictException(id, editedRevision, item.getCurrentRevision(), item.getUpdatedBy(),
                    changes(id, editedRevision, item.getCurrentRevision()));
        }
        ContentDraft previous = workingCopy(id);
        draft = RichText.sanitize(schema(item.getType()), draft);
        requireRightsFor(actor, item, previous, draft);
        requireReferencesAllowed(actor, item.getType(), previous, draft);
        validate(item, item.getType(), draft, previous);
        writeRevision(actor, item, previous, draft, comment, "item.save");
        return item;
    }

    /** Makes an earlier revision's content the working copy again, as a new revision. */
    public ContentItem rollback(Actor actor, long id, int toRevision, String comment) {
        ContentItem item = item(id);
        ContentDraft previous = workingCopy(id);
        ContentDraft restored = RichText.sanitize(schema(item.getType()), revision(id, toRevision));
        requireRightsFor(actor, item, previous, restored);
        requireReferencesAllowed(actor, item.getType(), previous, restored);
        validate(item, item.getType(), restored, previous);
        String note = "rollback to revision " + toRevision + (comment == null || comment.isBlank() ? "" : ": " + comment);
        writeRevision(actor, item, previous, restored, note, "item.rollback");
        return item;
    }

    /** A translator confirms their translation still fits a source that changed only trivially. */
    public void markTranslationReviewed(Actor actor, long id, Language language) {
        ContentItem item = item(id);
        ContentPermissions.requireTranslator(actor, item, language);
        if (language == Language.SOURCE || !workingCopy(id).hasLanguage(language)) {
            throw new ContentValidationException(List.of(Violation.of("language", language, "content.translation.missing", Map.of())));
        }
        recordTranslation(item, language, actor.username());
        audit.record(actor, "translation.reviewed", item.getType().code(), id, language.code());
    }

    /** Sends a draft to review: {@link WorkflowAction#SUBMIT}. */
    public ContentItem submitForReview(Actor actor, long id) {
        ContentItem item = movable(actor, id, WorkflowAction.SUBMIT);
        move(item, WorkflowAction.SUBMIT, "workflow.submit", actor);
        return item;
    }

    /** Puts the working copy on the public site, from draft or from review: {@link WorkflowAction#PUBLISH}. */
    public ContentItem publish(Actor actor, long id) {
        ContentItem item = movable(actor, id, WorkflowAction.PUBLISH);
        publishWorkingCopy(item);
        audit.record(actor, "workflow.publish", item.getType().code(), id, "revision " + item.getCurrentRevision());
        return item;
    }

    /** Takes the item off the public site; its revisions are kept: {@link WorkflowAction#ARCHIVE}. */
    public ContentItem archive(Actor actor, long id) {
        ContentItem item = movable(actor, id, WorkflowAction.ARCHIVE);
        withdraw(item);
        audit.record(actor, "workflow.archive", item.getType().code(), id, null);
        return item;
    }

    /**
     * Back to draft, by the move the item's state calls for: a reviewer returns an item in review or
     * an editor takes it back ({@link WorkflowAction#SEND_BACK}), an editor revives an archived one
     * ({@link WorkflowAction#RESTORE}) or reopens a published one ({@link WorkflowAction#REOPEN}).
     */
    public ContentItem backToDraft(Actor actor, long id) {
        ContentItem item = item(id);
        WorkflowAction action = WorkflowAction.backToDraftFrom(item.getStatus())
                .orElseThrow(() -> new WorkflowException("content.workflow.alreadyDraft", item.getStatus()));
        action.requirePermitted(actor, item);
        move(item, action, "workflow.draft", actor);
        return item;
    }

    /** Sets when the item goes on and comes off the public site; either may be null: {@link WorkflowAction#SCHEDULE}. */
    public ContentItem schedule(Actor actor, long id, Instant publishAt, Instant unpublishAt) {
        ContentItem item = item(id);
        WorkflowAction.SCHEDULE.requirePermitted(actor, item);
        if (publishAt != null && unpublishAt != null && !unpublishAt.isAfter(publishAt)) {
            throw new ContentValidationException(List.of(Violation.of("unpublishAt", null, "content.field.endBeforeStart", Map.of("start", "publishAt"))));
        }
        WorkflowAction.SCHEDULE.requireFrom(item);
        item.setSchedule(publishAt, unpublishAt);
        item.touched(clock.instant(), actor.username());
        audit.record(actor, "workflow.schedule", item.getType().code(), id, "publish " + publishAt + ", unpublish " + unpublishAt);
        return item;
    }

    /**
     * Publishes and unpublishes what is due; called by the timer every minute. Returns how many items
     * moved. The timer makes the table's moves as the system: {@link WorkflowAction#PUBLISH} from
     * the states it allows, and {@link WorkflowAction#ARCHIVE} of what is on the public site.
     */
    public int runSchedule() {
        Instant now = clock.instant();
        Actor system = Actor.system();
        int moved = 0;
        for (ContentItem item : em.createQuery("""
                        select i from ContentItem i where i.publishAt <= :now and i.status in :from""", ContentItem.class)
                .setParameter("now", now).setParameter("from", WorkflowAction.PUBLISH.from()).getResultList()) {
            publishWorkingCopy(item);
            audit.record(system, "schedule.publish", item.getType().code(), item.getId(), "revision " + item.getCurrentRevision());
            moved++;
        }
        for (ContentItem item : em.createQuery("""
                        select i from ContentItem i where i.unpublishAt <= :now and i.publishedRevision is not null
                        and i.status in :from""", ContentItem.class)
                .setParameter("now", now).setParameter("from", WorkflowAction.ARCHIVE.from()).getResultList()) {
            withdraw(item);
            audit.record(system, "schedule.unpublish", item.getType().code(), item.getId(), null);
            moved++;
        }
        return moved;
    }

    /** Gives an item a new slug in one language; the former one keeps leading to it. */
    public void changeSlug(Actor actor, long id, Language language, String newSlug) {
        ContentItem item = item(id);
        ContentPermissions.requireSourceEditor(actor, item.getInstitutionId());
        if (newSlug == null || newSlug.length() > 100 || !newSlug.matches(Slugs.PATTERN)) {
            throw new ContentValidationException(List.of(Violation.of("slug", language, "content.slug.invalid", Map.of())));
        }
        ContentSlug target = em.find(ContentSlug.class, new ContentSlug.Key(item.getType(), language, newSlug));
        if (target != null && target.getItemId() != id) {
            throw new ContentValidationException(List.of(Violation.of("slug", language, "content.slug.taken", Map.of())));
        }
        em.createQuery("select s from ContentSlug s where s.itemId = :id and s.key.language = :language and s.current = true", ContentSlug.class)
                .setParameter("id", id)
                .setParameter("language", language)
                .getResultStream()
                .forEach(s -> s.setCurrent(false));
        if (target == null) {
            em.persist(new ContentSlug(item.getType(), language, newSlug, id));
        } else {
            target.setCurrent(true);
        }
        em.flush();
        published(id).ifPresent(draft -> {
            projection(item.getType()).publish(em, item, draft, slugsFor(item, draft));
            recordPublicChange(item);
        });
        audit.record(actor, "slug.change", item.getType().code(), id, language.code() + " " + newSlug);
    }

    // ---------------------------------------------------------------- internals

    private void writeRevision(Actor actor, ContentItem item, ContentDraft previous, ContentDraft draft, String comment, String action) {
        Instant now = clock.instant();
        int number = item.getCurrentRevision() + 1;
        em.persist(new ContentRevision(item.getId(), number, actor.username(), now, comment, draft));
        item.setCurrentRevision(number);
        if (previous == null || !previous.texts(Language.SOURCE).equals(draft.texts(Language.SOURCE))) {
            item.setSourceRevision(number);
        }
        for (Language language : Language.values()) {
            boolean changed = previous == null || !previous.texts(language).equals(draft.texts(language));
            if (language != Language.SOURCE && changed && draft.hasLanguage(language)) {
                recordTranslation(item, language, actor.username());
            } else if (language != Language.SOURCE && !draft.hasLanguage(language)) {
                // A withdrawn translation is missing again: without a record, the dashboard counts it so in the database.
                TranslationRecord dropped = em.find(TranslationRecord.class, new TranslationRecord.Key(item.getId(), language));
                if (dropped != null) {
                    em.remove(dropped);
                }
            }
        }
        assignSlugs(item, draft);
        if (item.getStatus() == WorkflowStatus.PUBLISHED || item.getStatus() == WorkflowStatus.ARCHIVED) {
            item.setStatus(WorkflowStatus.DRAFT);
        }
        item.touched(now, actor.username());
        audit.record(actor, action, item.getType().code(), item.getId(),
                "revision " + number + (comment == null || comment.isBlank() ? "" : ": " + comment));
    }

    /** Source and facts need a source editor; each changed translation needs a translator of that language. */
    private static void requireRightsFor(Actor actor, ContentItem item, ContentDraft previous, ContentDraft draft) {
        ContentPermissions.requireReader(actor, item);
        boolean sourceChanged = !previous.fields().equals(draft.fields())
                || !previous.texts(Language.SOURCE).equals(draft.texts(Language.SOURCE));
        if (sourceChanged) {
            ContentPermissions.requireSourceEditor(actor, item.getInstitutionId());
        }
        boolean anyChange = sourceChanged;
        for (Language language : Language.values()) {
            if (language != Language.SOURCE && !previous.texts(language).equals(draft.texts(language))) {
                ContentPermissions.requireTranslator(actor, item, language);
                anyChange = true;
            }
        }
        if (!anyChange && !actor.has(Role.TRANSLATOR)) {
            ContentPermissions.requireSourceEditor(actor, item.getInstitutionId());
        }
    }

    /**
     * What a draft newly points to. A reference that places the item (its institution, its centre,
     * its course: what the public page shows it under) needs the right to write that institution's
     * content, so an institution editor cannot publish under another school; any other reference (a
     * picture, the institutions taking part) needs the right to read the item, unless it is public.
     * References that were there before are left alone, so that a change of text never fails over
     * what someone else chose.
     */
    private void requireReferencesAllowed(Actor actor, ContentType type, ContentDraft previous, ContentDraft draft) {
        for (FieldDef field : schema(type).facts()) {
            if (field.kind() != FieldKind.REFERENCE && field.kind() != FieldKind.REFERENCES) {
                continue;
            }
            List<Long> before = referencedIds(previous.field(field.name()));
            for (long id : referencedIds(draft.field(field.name()))) {
                ContentItem target = before.contains(id) ? null : em.find(ContentItem.class, id);
                if (target == null) {
                    continue;
                }
                boolean placesTheItem = field.kind() == FieldKind.REFERENCE && field.references() != ContentType.MEDIA_ITEM;
                if (placesTheItem) {
                    ContentPermissions.requireSourceEditor(actor, target.getInstitutionId());
                } else if (!target.isLive()) {
                    ContentPermissions.requireReader(actor, target);
                }
            }
        }
    }

    /** The ids a reference field holds; what is not an id is left to validation. */
    private static List<Long> referencedIds(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException notAnId) {
                // refused by the schema's validation
            }
        }
        return ids;
    }

    private void validate(ContentItem item, ContentType type, ContentDraft draft, ContentDraft previous) {
        List<Violation> violations = new ArrayList<>(schema(type).validate(draft, previous));
        if (item != null && violations.isEmpty()) {
            violations.addAll(projection(type).checkAgainstStored(em, item, draft));
        }
        if (!violations.isEmpty()) {
            throw new ContentValidationException(violations);
        }
    }

    private void publishWorkingCopy(ContentItem item) {
        ContentDraft draft = workingCopy(item.getId());
        projection(item.getType()).publish(em, item, draft, slugsFor(item, draft));
        recordPublicChange(item);
        item.setPublishedRevision(item.getCurrentRevision());
        item.setStatus(WorkflowAction.PUBLISH.leadsTo(item.getStatus()));
        item.setSchedule(null, item.getUnpublishAt());
        item.touched(clock.instant(), item.getUpdatedBy());
    }

    private void withdraw(ContentItem item) {
        if (item.isLive()) {
            projection(item.getType()).withdraw(em, item);
            recordPublicChange(item);
        }
        item.setPublishedRevision(null);
        item.setStatus(WorkflowAction.ARCHIVE.leadsTo(item.getStatus()));
        item.setSchedule(null, null);
        item.touched(clock.instant(), item.getUpdatedBy());
    }

    /** The index's log entry and the public version's step, in the transaction of the change. */
    private void recordPublicChange(ContentItem item) {
        Instant now = clock.instant();
        em.persist(new PublicationEvent(item.getId(), item.getType(), now));
        PublicVersion.advance(em, now);
    }

    /**
     * The item, once the table lets the actor make the move on it: refused by the actor's role
     * first, then by the item's state.
     */
    private ContentItem movable(Actor actor, long id, WorkflowAction action) {
        ContentItem item = item(id);
        action.requirePermitted(actor, item);
        action.requireFrom(item);
        return item;
    }

    /** A move that changes nothing but the state, from a state the table allows it from. */
    private void move(ContentItem item, WorkflowAction action, String auditAction, Actor actor) {
        item.setStatus(action.leadsTo(item.getStatus()));
        item.touched(clock.instant(), actor.username());
        audit.record(actor, auditAction, item.getType().code(), item.getId(), null);
    }

    /** The slugs the public entity carries: the current slug of each language the draft has. */
    private Map<Language, String> slugsFor(ContentItem item, ContentDraft draft) {
        Map<Language, String> slugs = new EnumMap<>(Language.class);
        currentSlugs(item.getId()).forEach((language, slug) -> {
            if (draft.hasLanguage(language)) {
                slugs.put(language, slug);
            }
        });
        return slugs;
    }

    /** Gives each language that has a title its slug, once; a later title change keeps it. */
    private void assignSlugs(ContentItem item, ContentDraft draft) {
        if (!schema(item.getType()).hasPages()) {
            return;
        }
        Map<Language, String> current = currentSlugs(item.getId());
        for (Language language : Language.values()) {
            String title = draft.text(language, ContentSchema.TITLE);
            if (title != null && !current.containsKey(language)) {
                String base = Slugs.of(title, language);
                String candidate = base;
                for (int n = 2; em.find(ContentSlug.class, new ContentSlug.Key(item.getType(), language, candidate)) != null; n++) {
                    candidate = base + "-" + n;
                }
                // em.find sees slugs persisted earlier in this transaction, so no flush is needed to keep them unique.
                em.persist(new ContentSlug(item.getType(), language, candidate, item.getId()));
            }
        }
    }

    private Optional<Long> slugOwner(ContentType type, Language language, String slug, boolean currentOnly) {
        ContentSlug found = em.find(ContentSlug.class, new ContentSlug.Key(type, language, slug));
        if (found == null || (currentOnly && !found.isCurrent())) {
            return Optional.empty();
        }
        return Optional.of(found.getItemId());
    }

    /** Records that the item's translation into a language now matches the current source revision. */
    private void recordTranslation(ContentItem item, Language language, String by) {
        TranslationRecord record = em.find(TranslationRecord.class, new TranslationRecord.Key(item.getId(), language));
        boolean created = record == null;
        if (created) {
            record = new TranslationRecord(item.getId(), language);
        }
        record.madeFrom(item.getSourceRevision(), clock.instant(), by);
        if (created) {
            em.persist(record);
        }
    }

    private ContentItem item(long id) {
        return find(id).orElseThrow(() -> new ContentValidationException(List.of(Violation.of("id", "content.notFound"))));
    }

    private static String generatedRef(ContentType type, ContentDraft draft) {
        String title = draft.text(Language.SOURCE, ContentSchema.TITLE);
        String base = title == null ? type.code() : Slugs.of(title, Language.SOURCE);
        return (base.length() > 80 ? base.substring(0, 80) : base) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ContentProjection projection(ContentType type) {
        if (projections == null) {
            projections = index(StreamSupport.stream(projectionBeans.spliterator(), false).toList());
        }
        ContentProjection projection = projections.get(type);
        if (projection == null) {
            throw new IllegalStateException("No projection for content type " + type);
        }
        return projection;
    }

    private static Map<ContentType, ContentProjection> index(List<ContentProjection> all) {
        Map<ContentType, ContentProjection> byType = new EnumMap<>(ContentType.class);
        all.forEach(p -> byType.put(p.type(), p));
        return byType;
    }
}
