package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.cms.account.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.i18n.Language;

/**
 * The back office's reading side: lists of items filtered, sorted and paged by the database (so a
 * list of 100,000 programmes costs one page), and opening one item, with the same rule as saving
 * it: an institution editor sees their own institution's items only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContentLists {

    @PersistenceContext
    private EntityManager em;

    protected ContentLists() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager. */
    public ContentLists(EntityManager em) {
        this.em = em;
    }

    /** The item, if the actor may read it in the back office; refused with {@link AccessDeniedException} otherwise. */
    public ContentItem open(Actor actor, long id) {
        ContentItem item = em.find(ContentItem.class, id);
        if (item == null) {
            throw new ContentValidationException(List.of(Violation.of("id", "content.notFound")));
        }
        ContentPermissions.requireReader(actor, item);
        return item;
    }

    public long count(Actor actor, ContentFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(i) from ContentItem i" + where(actor, filter), Long.class);
        bind(query, actor, filter);
        return query.getSingleResult();
    }

    /** One page of the list, in the order asked for; ties are broken by id so that pages never overlap. */
    public List<ContentRow> page(Actor actor, ContentFilter filter, int first, int max, ContentSort sort, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        TypedQuery<ContentItem> query = em.createQuery("select i from ContentItem i" + where(actor, filter)
                + " order by " + sort.path + direction + ", i.id" + direction, ContentItem.class);
        bind(query, actor, filter);
        List<ContentItem> items = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
        return rows(items);
    }

    /** Every institution by id with its Chinese title, for the institution filter and the editor. */
    public Map<Long, String> institutions() {
        List<ContentItem> items = em.createQuery("select i from ContentItem i where i.type = :type order by i.id", ContentItem.class)
                .setParameter("type", ContentType.INSTITUTION)
                .getResultList();
        Map<Long, String> names = new LinkedHashMap<>();
        rows(items).forEach(row -> names.put(row.id(), row.title()));
        return names;
    }

    /**
     * The working copies of these items, by id, read in one query: each item's current revision.
     * An id that names no item is left out.
     */
    public Map<Long, ContentDraft> workingCopies(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ContentDraft> drafts = new HashMap<>();
        em.createQuery("""
                        select r from ContentRevision r, ContentItem i
                        where r.itemId = i.id and r.number = i.currentRevision and i.id in :ids""", ContentRevision.class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(r -> drafts.put(r.getItemId(), r.draft()));
        return drafts;
    }

    private List<ContentRow> rows(List<ContentItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Long> ids = items.stream().map(ContentItem::getId).toList();
        Map<Long, ContentDraft> drafts = workingCopies(ids);
        Map<Long, Map<Language, Integer>> records = new HashMap<>();
        em.createQuery("select t from TranslationRecord t where t.key.itemId in :ids", TranslationRecord.class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(t -> records.computeIfAbsent(t.getItemId(), k -> new EnumMap<>(Language.class))
                        .put(t.getLanguage(), t.getSourceRevision()));
        List<ContentRow> rows = new ArrayList<>(items.size());
        for (ContentItem item : items) {
            ContentDraft draft = drafts.getOrDefault(item.getId(), ContentDraft.empty());
            String title = draft.text(Language.SOURCE, ContentSchema.TITLE);
            Map<Language, TranslationStatus> translations = new EnumMap<>(Language.class);
            Map<Language, Integer> made = records.getOrDefault(item.getId(), Map.of());
            for (Language language : Language.values()) {
                if (language == Language.SOURCE) {
                    continue;
                }
                Integer from = made.get(language);
                translations.put(language, !draft.hasLanguage(language) ? TranslationStatus.MISSING
                        : from == null || from < item.getSourceRevision() ? TranslationStatus.OUTDATED
                        : TranslationStatus.UP_TO_DATE);
            }
            rows.add(new ContentRow(item.getId(), item.getType(), item.getRef(), title == null ? item.getRef() : title,
                    item.getStatus(), item.getInstitutionId(), item.isLive(), item.hasPendingChanges(),
                    item.getUpdatedAt(), item.getUpdatedBy(), translations));
        }
        return rows;
    }

    private static String where(Actor actor, ContentFilter filter) {
        StringBuilder where = new StringBuilder(" where i.type = :type");
        if (filter.status() != null) {
            where.append(" and i.status = :status");
        }
        if (filter.institutionId() != null) {
            where.append(" and i.institutionId = :institution");
        }
        if (onlyOwnInstitution(actor)) {
            where.append(" and i.institutionId = :own");
        }
        if (filter.translation() != null && filter.translationLanguage() != null && filter.translationLanguage() != Language.SOURCE) {
            String record = "select t from TranslationRecord t where t.key.itemId = i.id and t.key.language = :language";
            where.append(switch (filter.translation()) {
                case MISSING -> " and not exists (" + record + ")";
                case OUTDATED -> " and exists (" + record + " and t.sourceRevision < i.sourceRevision)";
                case UP_TO_DATE -> " and exists (" + record + " and t.sourceRevision >= i.sourceRevision)";
            });
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Actor actor, ContentFilter filter) {
        query.setParameter("type", filter.type());
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.institutionId() != null) {
            query.setParameter("institution", filter.institutionId());
        }
        if (onlyOwnInstitution(actor)) {
            query.setParameter("own", actor.institutionId() == null ? -1L : actor.institutionId());
        }
        if (filter.translation() != null && filter.translationLanguage() != null && filter.translationLanguage() != Language.SOURCE) {
            query.setParameter("language", filter.translationLanguage());
        }
    }

    /** The list rule mirrors {@link ContentPermissions#requireReader}: institution editors see their own items only. */
    /**
     * Whether the actor may open the item in the back office: everyone but an institution editor of
     * another institution. The one rule behind {@link #open}, the service's reads and the media library.
     */
    public static boolean mayOpen(Actor actor, ContentItem item) {
        return !onlyOwnInstitution(actor) || (actor.institutionId() != null && actor.institutionId().equals(item.getInstitutionId()));
    }

    /**
     * Whether the actor reads only their own institution's items in the back office (an institution
     * editor with no wider role); published items they may still see where the public does.
     */
    public static boolean onlyOwnInstitution(Actor actor) {
        return actor.has(Role.INSTITUTION_EDITOR) && !actor.hasAny(Role.ADMINISTRATOR, Role.EDITOR, Role.REVIEWER, Role.TRANSLATOR);
    }
}
