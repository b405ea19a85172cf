package org.jiamusi.vet.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentLists;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.ContentValidationException;
import org.jiamusi.vet.cms.content.EditConflictException;
import org.jiamusi.vet.cms.content.FieldChange;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.cms.content.TranslationStatus;
import org.jiamusi.vet.cms.content.Violation;
import org.jiamusi.vet.cms.content.WorkflowAction;
import org.jiamusi.vet.cms.content.WorkflowException;
import org.jiamusi.vet.cms.content.WorkflowStatus;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

/**
 * The editor of one item of any type, built from its {@link ContentSchema}: the facts, then each
 * text field with the Chinese source beside the translation being edited. What the form lets a
 * user change follows their role (a translator sees the source and the facts read-only), but every
 * save and workflow move is the cms service's call with the signed-in actor, which refuses what
 * the role does not allow whatever the form sent.
 * <p>
 * When someone else saved first, the service refuses the save; this view keeps the user's text in
 * the form, shows what the other save changed, and lets the user either start again from the
 * newer revision or deliberately save theirs over it.
 */
@Named
@ViewScoped
public class EditView implements Serializable {

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

    // request parameters
    private Long id;
    private String type;
    private String lang;
    private boolean saved;
    private String openRef;

    // the item
    private ContentType contentType;
    private WorkflowStatus status;
    private Long institutionId;
    private int editedRevision;
    private boolean live;
    private String ref;
    private final Map<String, String> facts = new HashMap<>();
    private final Map<String, Map<String, String>> texts = new HashMap<>();
    private String comment;
    private Map<Language, TranslationStatus> translations = Map.of();
    // what the service lets the signed-in user do to it, for the buttons and editable fields
    private Set<WorkflowAction> actions = Set.of();
    private Set<Language> writable = Set.of();

    // the last save's outcome
    private final Map<String, String> errors = new HashMap<>();
    private Conflict conflict;

    /** Someone else's save that came first: who, which revision, and what they changed. */
    public record Conflict(String author, int revision, List<Change> changes) implements Serializable {
    }

    /** One changed field, with its label and language ready for display. */
    public record Change(String field, String language, String before, String after) implements Serializable {
    }

    /** Opens the item (or a new one of the type); refuses with 403 whom the service would refuse. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        Actor actor = session.actor();
        if (id == null && openRef != null) {
            // A stable address by reference (/admin/edit?type=programme&ref=dental-prosthesis), as seed files name items.
            Optional<Long> found = ContentType.ofCode(type).flatMap(t -> content.findByRef(t, openRef)).map(ContentItem::getId);
            if (found.isEmpty()) {
                refuse(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            id = found.get();
        }
        try {
            if (id != null) {
                ContentItem item = lists.open(actor, id);
                contentType = item.getType();
                refresh(item);
            } else {
                contentType = ContentType.ofCode(type).filter(t -> t != ContentType.MEDIA_ITEM).orElse(null);
                if (contentType == null) {
                    refuse(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                if (!actor.hasAny(Role.ADMINISTRATOR, Role.EDITOR, Role.INSTITUTION_EDITOR)) {
                    refuse(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                status = WorkflowStatus.DRAFT;
                writable = content.writableLanguages(actor);
                institutionId = actor.has(Role.INSTITUTION_EDITOR) && !actor.hasAny(Role.ADMINISTRATOR, Role.EDITOR) ? actor.institutionId() : null;
                for (Language language : Language.values()) {
                    texts.put(language.code(), new HashMap<>());
                }
            }
        } catch (AccessDeniedException e) {
            refuse(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (ContentValidationException e) {
            refuse(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (saved) {
            info(am.get("edit.saved"));
        }
    }

    private void refuse(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, null);
        faces.responseComplete();
    }

    /** Reads the item's working copy into the form. */
    private void refresh(ContentItem item) {
        status = item.getStatus();
        institutionId = item.getInstitutionId();
        editedRevision = item.getCurrentRevision();
        live = item.isLive();
        ref = item.getRef();
        ContentDraft draft = content.workingCopy(session.actor(), item.getId());
        facts.clear();
        facts.putAll(draft.fields());
        texts.clear();
        for (Language language : Language.values()) {
            texts.put(language.code(), new HashMap<>(draft.texts(language)));
        }
        translations = content.translationStatus(item.getId());
        actions = content.allowedActions(session.actor(), item.getId());
        writable = content.writableLanguages(session.actor(), item.getId());
        conflict = null;
        errors.clear();
    }

    private ContentDraft draft() {
        Map<Language, Map<String, String>> byLanguage = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            byLanguage.put(language, texts.getOrDefault(language.code(), Map.of()));
        }
        return new ContentDraft(facts, byLanguage);
    }

    public void save() throws IOException {
        store(false);
    }

    /** After a conflict, the user has seen what the other save changed and keeps their own text over it. */
    public void saveOverConflict() throws IOException {
        store(true);
    }

    private void store(boolean overConflict) throws IOException {
        Actor actor = session.actor();
        errors.clear();
        try {
            if (id == null) {
                ContentItem created = content.create(actor, contentType, ref, institutionId, false, draft(), comment);
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.redirect(external.getRequestContextPath() + "/admin/edit?id=" + created.getId() + "&lang=" + getLang() + "&saved=true");
                return;
            }
            int base = overConflict && conflict != null ? conflict.revision() : editedRevision;
            ContentItem item = content.save(actor, id, base, draft(), comment);
            refresh(item);
            comment = null;
            info(am.format("edit.savedRevision", "revision", item.getCurrentRevision()));
        } catch (EditConflictException e) {
            List<Change> changes = new ArrayList<>();
            for (FieldChange change : e.theirChanges()) {
                changes.add(new Change(fieldLabel(change.field()), change.language() == null ? "" : am.get("language." + change.language().code()),
                        change.before(), change.after()));
            }
            conflict = new Conflict(e.lastAuthor(), e.currentRevision(), changes);
            error(am.format("edit.conflict", Map.of("author", e.lastAuthor(), "revision", e.currentRevision())));
        } catch (ContentValidationException e) {
            for (Violation violation : e.violations()) {
                errors.merge(key(violation.field(), violation.language()), am.violation(violation), (a, b) -> a + " " + b);
            }
            boolean shown = e.violations().stream().allMatch(v -> isShownField(v.field()));
            error(shown ? am.get("edit.invalid") : am.get("edit.invalid") + " "
                    + e.violations().stream().filter(v -> !isShownField(v.field())).map(am::violation).reduce((a, b) -> a + " " + b).orElse(""));
        } catch (AccessDeniedException e) {
            error(am.refusal(e.messageKey()));
        }
    }

    /** Drops the user's text and loads the other editor's newer revision. */
    public void reload() {
        refresh(lists.open(session.actor(), id));
        info(am.get("edit.reloaded"));
    }

    /** Sends the item to review, saving the form first when it holds changes (and stopping if that save is refused). */
    public void submit() throws IOException {
        if (savedIfChanged()) {
            workflow(() -> content.submitForReview(session.actor(), id), "submit");
        }
    }

    /** Publishes the working copy, with the form's changes saved first. */
    public void publish() throws IOException {
        if (savedIfChanged()) {
            workflow(() -> content.publish(session.actor(), id), "publish");
        }
    }

    private boolean savedIfChanged() throws IOException {
        try {
            if (id == null || content.asStored(contentType, draft()).equals(content.workingCopy(session.actor(), id))) {
                return true;
            }
        } catch (AccessDeniedException e) {
            error(am.refusal(e.messageKey()));
            return false;
        }
        store(false);
        return errors.isEmpty() && conflict == null
                && FacesContext.getCurrentInstance().getMaximumSeverity() != FacesMessage.SEVERITY_ERROR;
    }

    public void archive() {
        workflow(() -> content.archive(session.actor(), id), "archive");
    }

    public void backToDraft() {
        workflow(() -> content.backToDraft(session.actor(), id), "draft");
    }

    /** A translator confirms the translation still fits a source that changed only trivially. */
    public void confirmTranslation() {
        workflow(() -> {
            content.markTranslationReviewed(session.actor(), id, getTargetLanguage());
            return lists.open(session.actor(), id);
        }, "confirmed");
    }

    private void workflow(java.util.function.Supplier<ContentItem> move, String done) {
        try {
            ContentItem item = move.get();
            refresh(item);
            info(am.get("edit.done." + done));
        } catch (AccessDeniedException e) {
            error(am.refusal(e.messageKey()));
        } catch (WorkflowException e) {
            error(am.refusal(e.messageKey()));
        } catch (ContentValidationException e) {
            error(e.violations().stream().map(am::violation).reduce((a, b) -> a + " " + b).orElse(am.get("edit.invalid")));
        }
    }

    // ------------------------------------------------------------ what the form shows

    public ContentSchema getSchema() {
        return content.schema(contentType);
    }

    public List<FieldDef> getFactFields() {
        return getSchema().facts();
    }

    public List<FieldDef> getTextFields() {
        return getSchema().translatableFields();
    }

    public String fieldLabel(String name) {
        return fields.label(name);
    }

    public boolean isShownField(String name) {
        return getSchema().field(name).isPresent();
    }

    public String error(String field, String language) {
        return errors.get(field + (language == null || language.isEmpty() ? "" : "|" + language));
    }

    private static String key(String field, Language language) {
        return field + (language == null ? "" : "|" + language.code());
    }

    public Map<String, Map<String, String>> getTexts() {
        return texts;
    }

    public Map<String, String> getFacts() {
        return facts;
    }

    /** The language being translated beside the source: the one asked for, else a translator's own, else Russian. */
    public Language getTargetLanguage() {
        Optional<Language> asked = Language.ofCode(lang).filter(l -> l != Language.SOURCE);
        if (asked.isPresent()) {
            return asked.get();
        }
        return session.actor().languages().stream().filter(l -> l != Language.SOURCE).findFirst().orElse(Language.RU);
    }

    public List<Language> getTargetLanguages() {
        return List.of(Language.RU, Language.EN);
    }

    /** Whether the user may change the Chinese source and the facts (the service decides again on save). */
    public boolean isSourceEditable() {
        return writable.contains(Language.SOURCE);
    }

    public boolean isTargetEditable() {
        return writable.contains(getTargetLanguage());
    }

    public boolean isMaySubmit() {
        return actions.contains(WorkflowAction.SUBMIT);
    }

    public boolean isMayPublish() {
        return actions.contains(WorkflowAction.PUBLISH);
    }

    public boolean isMayArchive() {
        return actions.contains(WorkflowAction.ARCHIVE);
    }

    /** One button for the three moves back to draft (send back, restore, reopen): the item's state picks the move. */
    public boolean isMayBackToDraft() {
        return actions.stream().anyMatch(WorkflowAction::returnsToDraft);
    }

    public boolean isMayConfirmTranslation() {
        return id != null && translations.get(getTargetLanguage()) == TranslationStatus.OUTDATED && isTargetEditable();
    }

    public boolean isMayChooseInstitution() {
        return id == null && session.actor().hasAny(Role.ADMINISTRATOR, Role.EDITOR) && contentType != ContentType.INSTITUTION;
    }

    /** The item's public pages, once it is on the public site: one per language that has a page address. */
    public List<PublicLink> getPublicLinks() {
        if (id == null || !live) {
            return List.of();
        }
        Optional<Section> section = Section.of(contentType);
        if (section.isEmpty()) {
            return List.of();
        }
        List<PublicLink> links = new ArrayList<>();
        content.currentSlugs(id).forEach((language, slug) ->
                links.add(new PublicLink(language.code(), section.get().pathOf(language, slug))));
        return links;
    }

    /** A public page of the item in one language. */
    public record PublicLink(String lang, String path) implements Serializable {
    }

    public Map<Long, String> getInstitutions() {
        return lists.institutions();
    }

    public TranslationStatus translation(Language language) {
        return translations.get(language);
    }

    public String getTitle() {
        String title = texts.getOrDefault(Language.SOURCE.code(), Map.of()).get(ContentSchema.TITLE);
        return title != null ? title : ref != null ? ref : am.get("edit.new");
    }

    private void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    // ------------------------------------------------------------ properties

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getLang() {
        return getTargetLanguage().code();
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getOpenRef() {
        return openRef;
    }

    public void setOpenRef(String openRef) {
        this.openRef = openRef;
    }

    public boolean isSaved() {
        return saved;
    }

    public void setSaved(boolean saved) {
        this.saved = saved;
    }

    public ContentType getContentType() {
        return contentType;
    }

    public WorkflowStatus getStatus() {
        return status;
    }

    public boolean isLive() {
        return live;
    }

    public int getEditedRevision() {
        return editedRevision;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Conflict getConflict() {
        return conflict;
    }

    public boolean isNew() {
        return id == null;
    }

    Map<String, String> errors() {
        return new LinkedHashMap<>(errors);
    }
}
