package org.jiamusi.vet.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.content.ContentFilter;
import org.jiamusi.vet.cms.content.ContentLists;
import org.jiamusi.vet.cms.content.ContentRow;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentSort;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.ContentValidationException;
import org.jiamusi.vet.cms.content.TranslationStatus;
import org.jiamusi.vet.cms.content.WorkflowAction;
import org.jiamusi.vet.cms.content.WorkflowException;
import org.jiamusi.vet.cms.content.WorkflowStatus;
import org.jiamusi.vet.i18n.Language;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The list of one content type: filtered by status, institution and a language's translation
 * state, sorted and paged by the database, with workflow actions on the selected items. Each
 * action is the cms service's own call for each item, so each is permitted or refused there and
 * reported item by item.
 */
@Named
@ViewScoped
public class ContentListView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a bulk action did to one item: done, or refused with the reason in the editor's language. */
    public record Outcome(long id, String title, boolean done, String message) implements Serializable {
    }

    @Inject
    transient ContentLists lists;

    @Inject
    transient ContentService content;

    @Inject
    AdminSession session;

    @Inject
    transient AdminMessages am;

    private String type = ContentType.PROGRAMME.code();
    private WorkflowStatus status;
    private Long institutionId;
    private Language translationLanguage = Language.RU;
    private TranslationStatus translation;
    private List<ContentRow> selection = new ArrayList<>();
    private List<Outcome> outcomes = List.of();
    private final Rows rows = new Rows();
    private Set<WorkflowAction> bulkActions;

    public ContentType getContentType() {
        return ContentType.ofCode(type).filter(t -> t != ContentType.MEDIA_ITEM).orElse(ContentType.PROGRAMME);
    }

    ContentFilter filter() {
        return new ContentFilter(getContentType(), status, institutionId, translationLanguage, translation);
    }

    public LazyDataModel<ContentRow> getRows() {
        return rows;
    }

    /** The bulk moves the user's roles allow on some item; each selected item is then the service's call. */
    private Set<WorkflowAction> bulkActions() {
        if (bulkActions == null) {
            bulkActions = content.allowedActions(session.actor());
        }
        return bulkActions;
    }

    public boolean isMaySubmit() {
        return bulkActions().contains(WorkflowAction.SUBMIT);
    }

    public boolean isMayPublish() {
        return bulkActions().contains(WorkflowAction.PUBLISH);
    }

    public boolean isMayArchive() {
        return bulkActions().contains(WorkflowAction.ARCHIVE);
    }

    public boolean isMayCreate() {
        return isMaySubmit();
    }

    public void submit() {
        bulk("submit");
    }

    public void publish() {
        bulk("publish");
    }

    public void archive() {
        bulk("archive");
    }

    private void bulk(String action) {
        Actor actor = session.actor();
        List<Outcome> done = new ArrayList<>();
        for (ContentRow row : selection) {
            try {
                switch (action) {
                    case "submit" -> content.submitForReview(actor, row.id());
                    case "publish" -> content.publish(actor, row.id());
                    default -> content.archive(actor, row.id());
                }
                done.add(new Outcome(row.id(), row.title(), true, am.get("list.bulk.done." + action)));
            } catch (AccessDeniedException e) {
                done.add(new Outcome(row.id(), row.title(), false, am.refusal(e.messageKey())));
            } catch (WorkflowException e) {
                done.add(new Outcome(row.id(), row.title(), false, am.refusal(e.messageKey())));
            } catch (ContentValidationException e) {
                done.add(new Outcome(row.id(), row.title(), false,
                        e.violations().isEmpty() ? am.get("list.bulk.failed") : am.violation(e.violations().get(0))));
            }
        }
        outcomes = done;
        selection = new ArrayList<>();
    }

    public Map<Long, String> getInstitutions() {
        return lists.institutions();
    }

    public String institutionName(Long id) {
        return id == null ? "" : lists.institutions().getOrDefault(id, "");
    }

    public WorkflowStatus[] getStatuses() {
        return WorkflowStatus.values();
    }

    public TranslationStatus[] getTranslationStatuses() {
        return TranslationStatus.values();
    }

    public List<Language> getTranslationLanguages() {
        return List.of(Language.RU, Language.EN);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public WorkflowStatus getStatus() {
        return status;
    }

    public void setStatus(WorkflowStatus status) {
        this.status = status;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public Language getTranslationLanguage() {
        return translationLanguage;
    }

    public void setTranslationLanguage(Language translationLanguage) {
        this.translationLanguage = translationLanguage;
    }

    public TranslationStatus getTranslation() {
        return translation;
    }

    public void setTranslation(TranslationStatus translation) {
        this.translation = translation;
    }

    public List<ContentRow> getSelection() {
        return selection;
    }

    public void setSelection(List<ContentRow> selection) {
        this.selection = selection == null ? new ArrayList<>() : selection;
    }

    public List<Outcome> getOutcomes() {
        return outcomes;
    }

    /** The rows of the current page, fetched from the database a page at a time. */
    private final class Rows extends LazyDataModel<ContentRow> {

        private static final long serialVersionUID = 1L;

        private List<ContentRow> page = List.of();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, lists.count(session.actor(), filter()));
        }

        @Override
        public List<ContentRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ContentSort sort = ContentSort.UPDATED;
            boolean ascending = false;
            for (SortMeta meta : sortBy.values()) {
                sort = switch (meta.getField()) {
                    case "ref" -> ContentSort.REF;
                    case "status" -> ContentSort.STATUS;
                    case "id" -> ContentSort.CREATED;
                    default -> ContentSort.UPDATED;
                };
                ascending = meta.getOrder() == SortOrder.ASCENDING;
            }
            page = lists.page(session.actor(), filter(), first, pageSize, sort, ascending);
            return page;
        }

        @Override
        public String getRowKey(ContentRow row) {
            return Long.toString(row.id());
        }

        @Override
        public ContentRow getRowData(String rowKey) {
            return page.stream().filter(r -> Long.toString(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
