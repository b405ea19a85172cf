package org.jiamusi.vet.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentLists;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentValidationException;
import org.jiamusi.vet.cms.content.FieldChange;
import org.jiamusi.vet.cms.content.RevisionInfo;

/**
 * An item's revisions, newest first, the differences between any two of them field by field and
 * language by language, and rollback: a new revision with an earlier one's content, permitted or
 * refused by the service like any save.
 */
@Named
@ViewScoped
public class HistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContentService content;

    @Inject
    transient ContentLists lists;

    @Inject
    AdminSession session;

    @Inject
    transient AdminMessages am;

    @Inject
    transient AdminFields fields;

    private Long id;
    private String title;
    private List<RevisionInfo> revisions = List.of();
    private int from;
    private int to;
    private List<EditView.Change> changes = List.of();
    private Boolean mayRollBack;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            ContentItem item = lists.open(session.actor(), id == null ? -1 : id);
            String zh = content.workingCopy(session.actor(), item.getId()).text(org.jiamusi.vet.i18n.Language.SOURCE, ContentSchema.TITLE);
            title = zh == null ? item.getRef() : zh;
        } catch (AccessDeniedException e) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            faces.responseComplete();
            return;
        } catch (ContentValidationException e) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        refresh();
    }

    private void refresh() throws IOException {
        revisions = content.history(session.actor(), id);
        to = revisions.isEmpty() ? 0 : revisions.get(0).number();
        from = revisions.size() > 1 ? revisions.get(1).number() : to;
        compare();
    }

    /**
     * The differences from one chosen revision to another. A postback applies the page's {@code id}
     * parameter again, so the service checks the reader each time, not only when the page opened.
     */
    public void compare() throws IOException {
        List<EditView.Change> list = new ArrayList<>();
        if (from > 0 && to > 0) {
            try {
                for (FieldChange change : content.diff(session.actor(), id, from, to)) {
                    list.add(new EditView.Change(fields.label(change.field()),
                            change.language() == null ? "" : am.get("language." + change.language().code()), change.before(), change.after()));
                }
            } catch (AccessDeniedException e) {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
                faces.responseComplete();
                return;
            }
        }
        changes = list;
    }

    public void rollback(int revision) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            content.rollback(session.actor(), id, revision, null);
            refresh();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, am.format("history.rolledBack", "revision", revision), null));
        } catch (AccessDeniedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, am.refusal(e.messageKey()), null));
        } catch (ContentValidationException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    e.violations().stream().map(am::violation).reduce((a, b) -> a + " " + b).orElse(""), null));
        }
    }

    /** Whether the user writes any of the item's languages: a rollback is a save, which the service decides again. */
    public boolean isMayRollBack() {
        if (mayRollBack == null) {
            mayRollBack = !content.writableLanguages(session.actor(), id).isEmpty();
        }
        return mayRollBack;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public List<RevisionInfo> getRevisions() {
        return revisions;
    }

    public int getFrom() {
        return from;
    }

    public void setFrom(int from) {
        this.from = from;
    }

    public int getTo() {
        return to;
    }

    public void setTo(int to) {
        this.to = to;
    }

    public List<EditView.Change> getChanges() {
        return changes;
    }
}
