package org.jiamusi.vet.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.content.ContentValidationException;
import org.jiamusi.vet.cms.content.EditConflictException;
import org.jiamusi.vet.cms.media.MediaLibrary;
import org.jiamusi.vet.cms.media.MediaRejectedException;
import org.jiamusi.vet.cms.media.MediaSummary;
import org.jiamusi.vet.cms.media.MediaUsage;
import org.jiamusi.vet.i18n.Language;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The media library page: upload with alternative texts in three languages, a grid of thumbnails,
 * and for the chosen item its texts, where it is used, and deletion while nothing uses it. Every
 * refusal of the library is shown as a message in the editor's language.
 */
@Named
@ViewScoped
public class MediaLibraryView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 60;

    @Inject
    transient MediaLibrary library;

    @Inject
    AdminSession session;

    @Inject
    transient AdminMessages am;

    private transient UploadedFile file;
    private final Map<Language, String> alt = new EnumMap<>(Language.class);
    private final Map<Language, String> caption = new EnumMap<>(Language.class);
    private Long chosenId;
    private final Map<Language, String> chosenAlt = new EnumMap<>(Language.class);
    private final Map<Language, String> chosenCaption = new EnumMap<>(Language.class);
    private Long lastUploaded;

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public List<MediaSummary> getItems() {
        return library.list(session.actor(), 0, PAGE);
    }

    public long getCount() {
        return library.count(session.actor());
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            error(am.get("media.upload.noFile"));
            return;
        }
        try {
            lastUploaded = library.upload(session.actor(), new org.jiamusi.vet.cms.media.MediaUpload(file.getFileName(), file.getContent(),
                    alt, caption, null)).getId();
            info(am.format("media.upload.done", "name", file.getFileName()));
            alt.clear();
            caption.clear();
            choose(lastUploaded);
        } catch (MediaRejectedException e) {
            error(am.refusal(e.messageKey(), e.arguments()));
        } catch (AccessDeniedException e) {
            error(am.refusal(e.messageKey()));
        } catch (ContentValidationException e) {
            e.violations().forEach(v -> error(am.violation(v)));
        }
    }

    public void choose(long id) {
        chosenId = id;
        chosenAlt.clear();
        chosenCaption.clear();
        library.find(session.actor(), id).ifPresent(m -> {
            chosenAlt.putAll(m.altTexts());
            chosenCaption.putAll(m.captions());
        });
    }

    public MediaSummary getChosen() {
        return chosenId == null ? null : library.find(session.actor(), chosenId).orElse(null);
    }

    public List<MediaUsage> getUsages() {
        return chosenId == null ? List.of() : library.usages(chosenId);
    }

    public void saveTexts() {
        MediaSummary chosen = getChosen();
        if (chosen == null) {
            return;
        }
        try {
            library.updateTexts(session.actor(), chosen.id(), chosen.revision(), chosenAlt, chosenCaption);
            info(am.get("media.texts.saved"));
        } catch (MediaRejectedException e) {
            error(am.refusal(e.messageKey(), e.arguments()));
        } catch (AccessDeniedException e) {
            error(am.refusal(e.messageKey()));
        } catch (EditConflictException e) {
            error(am.format("media.texts.conflict", "name", e.lastAuthor()));
        } catch (ContentValidationException e) {
            e.violations().forEach(v -> error(am.violation(v)));
        }
    }

    public void delete() {
        if (chosenId == null) {
            return;
        }
        try {
            library.delete(session.actor(), chosenId);
            info(am.get("media.delete.done"));
            chosenId = null;
        } catch (MediaRejectedException e) {
            error(am.refusal(e.messageKey(), e.arguments()));
        } catch (AccessDeniedException e) {
            error(am.refusal(e.messageKey()));
        }
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Map<Language, String> getAlt() {
        return alt;
    }

    public Map<Language, String> getCaption() {
        return caption;
    }

    public Map<Language, String> getChosenAlt() {
        return chosenAlt;
    }

    public Map<Language, String> getChosenCaption() {
        return chosenCaption;
    }

    public Long getLastUploaded() {
        return lastUploaded;
    }
}
