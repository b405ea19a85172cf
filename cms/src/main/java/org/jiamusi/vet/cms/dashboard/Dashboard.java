package org.jiamusi.vet.cms.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentLists;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.WorkflowStatus;
import org.jiamusi.vet.cms.media.MediaItemProjection;
import org.jiamusi.vet.i18n.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's and the translation desk's queries. Every count is made by the database and every
 * list is one page long, so the dashboard costs the same with ten items or a hundred thousand; only
 * the titles of the listed items are read from their working copies.
 * <p>
 * An institution editor (without a wider role) sees their own institution's items only, as
 * everywhere in the back office. Archived items need no translation and are left out of those counts.
 */
@ApplicationScoped
@Transactional
public class Dashboard {

    /** Untranslated: no record of a translation into the language. */
    private static final String MISSING = """
            not exists (select t from TranslationRecord t where t.key.itemId = i.id and t.key.language = :language)""";
    /** Outdated: the record says it was made from an older source revision than the current one. */
    private static final String OUTDATED = """
            exists (select t from TranslationRecord t where t.key.itemId = i.id and t.key.language = :language
                    and t.sourceRevision < i.sourceRevision)""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    ContentLists lists;

    protected Dashboard() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager and transaction. */
    public Dashboard(EntityManager em) {
        this.em = em;
        this.lists = new ContentLists(em);
    }

    /** The actor's own drafts, the latest first. */
    public List<ItemSummary> myDrafts(Actor actor, int max) {
        return summaries(query("i.status = :draft and i.updatedBy = :me", actor, "i.updatedAt desc")
                .setParameter("draft", WorkflowStatus.DRAFT)
                .setParameter("me", actor.username()), 0, max);
    }

    /** Items in review, the longest waiting first. */
    public List<ItemSummary> awaitingReview(Actor actor, int max) {
        return summaries(query("i.status = :review", actor, "i.updatedAt asc")
                .setParameter("review", WorkflowStatus.IN_REVIEW), 0, max);
    }

    /** Items with a publication or withdrawal to come, the soonest first. */
    public List<ItemSummary> scheduled(Actor actor, int max) {
        return summaries(query("(i.publishAt is not null or i.unpublishAt is not null)", actor,
                "coalesce(i.publishAt, i.unpublishAt) asc"), 0, max);
    }

    /** How many items stand in each workflow state; every state is present, zero included. */
    public Map<WorkflowStatus, Long> countsByStatus(Actor actor) {
        Map<WorkflowStatus, Long> counts = new EnumMap<>(WorkflowStatus.class);
        for (WorkflowStatus status : WorkflowStatus.values()) {
            counts.put(status, 0L);
        }
        Long institution = institutionScope(actor);
        TypedQuery<Object[]> byStatus = em.createQuery("select i.status, count(i) from ContentItem i"
                + (institution == null ? "" : " where i.institutionId = :institution") + " group by i.status", Object[].class);
        if (institution != null) {
            byStatus.setParameter("institution", institution);
        }
        byStatus.getResultStream().forEach(row -> counts.put((WorkflowStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Missing and outdated translations for Russian and English. */
    public List<TranslationCounts> translationCounts(Actor actor) {
        List<TranslationCounts> counts = new ArrayList<>();
        for (Language language : Language.values()) {
            if (language != Language.SOURCE) {
                counts.add(new TranslationCounts(language, countWhere(MISSING, actor, language), countWhere(OUTDATED, actor, language)));
            }
        }
        return counts;
    }

    /** One page of the items whose translation into a language is missing, the most recently changed first. */
    public List<ItemSummary> missing(Actor actor, Language language, int first, int max) {
        return summaries(translationQuery(MISSING, actor, language), first, max);
    }

    /** One page of the items whose translation into a language was made from an older source. */
    public List<ItemSummary> outdated(Actor actor, Language language, int first, int max) {
        return summaries(translationQuery(OUTDATED, actor, language), first, max);
    }

    public long countMissing(Actor actor, Language language) {
        return countWhere(MISSING, actor, language);
    }

    public long countOutdated(Actor actor, Language language) {
        return countWhere(OUTDATED, actor, language);
    }

    // ---------------------------------------------------------------- internals

    private TypedQuery<ContentItem> translationQuery(String condition, Actor actor, Language language) {
        requireTarget(language);
        return query("i.status <> :archived and " + condition, actor, "i.updatedAt desc, i.id desc")
                .setParameter("archived", WorkflowStatus.ARCHIVED)
                .setParameter("language", language);
    }

    private long countWhere(String condition, Actor actor, Language language) {
        requireTarget(language);
        Long institution = institutionScope(actor);
        TypedQuery<Long> count = em.createQuery("select count(i) from ContentItem i where i.status <> :archived and "
                        + condition + (institution == null ? "" : " and i.institutionId = :institution"), Long.class)
                .setParameter("archived", WorkflowStatus.ARCHIVED)
                .setParameter("language", language);
        if (institution != null) {
            count.setParameter("institution", institution);
        }
        return count.getSingleResult();
    }

    private TypedQuery<ContentItem> query(String condition, Actor actor, String order) {
        Long institution = institutionScope(actor);
        TypedQuery<ContentItem> query = em.createQuery("select i from ContentItem i where " + condition
                + (institution == null ? "" : " and i.institutionId = :institution") + " order by " + order, ContentItem.class);
        if (institution != null) {
            query.setParameter("institution", institution);
        }
        return query;
    }

    /** The page's items with their working copies' titles, read in one query. */
    private List<ItemSummary> summaries(TypedQuery<ContentItem> query, int first, int max) {
        List<ContentItem> items = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, ContentDraft> drafts = lists.workingCopies(items.stream().map(ContentItem::getId).toList());
        return items.stream().map(i -> new ItemSummary(i.getId(), i.getType(), i.getRef(), title(i, drafts.get(i.getId())),
                i.getStatus(), i.getUpdatedAt(), i.getUpdatedBy(), i.getPublishAt(), i.getUnpublishAt())).toList();
    }

    /** The Chinese title, else the file name of a media item, else the reference. */
    static String title(ContentItem item, ContentDraft draft) {
        if (draft == null) {
            return item.getRef();
        }
        String title = draft.text(Language.SOURCE, ContentSchema.TITLE);
        if (title == null && item.getType() == ContentType.MEDIA_ITEM) {
            title = draft.field(MediaItemProjection.FILE_NAME);
        }
        return title == null ? item.getRef() : title;
    }

    /** The institution an institution editor is limited to; null for everyone with a wider role. */
    private static Long institutionScope(Actor actor) {
        if (actor.has(Role.INSTITUTION_EDITOR) && !actor.hasAny(Role.ADMINISTRATOR, Role.EDITOR, Role.REVIEWER, Role.TRANSLATOR)) {
            return actor.institutionId() == null ? -1L : actor.institutionId();
        }
        return null;
    }

    private static void requireTarget(Language language) {
        if (language == null || language == Language.SOURCE) {
            throw new IllegalArgumentException("Translations are into Russian or English, not " + language);
        }
    }
}
