package org.jiamusi.vet.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.dashboard.Dashboard;
import org.jiamusi.vet.cms.dashboard.ItemSummary;
import org.jiamusi.vet.cms.translation.ImportReport;
import org.jiamusi.vet.cms.translation.XliffExchange;
import org.jiamusi.vet.i18n.Language;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The translation desk: for one target language, the items whose translation is missing or
 * outdated, each one click from the side-by-side editor; XLIFF export of one item or a selection,
 * and import of a translator's file with its report.
 */
@Named
@ViewScoped
public class TranslationDeskView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 50;

    @Inject
    transient Dashboard dashboard;

    @Inject
    transient XliffExchange xliff;

    @Inject
    transient ContentService content;

    @Inject
    AdminSession session;

    @Inject
    transient AdminMessages am;

    private String lang;
    private Language language;
    private final java.util.Map<Long, Boolean> ticked = new java.util.HashMap<>();
    private transient UploadedFile file;
    private ImportReport report;

    /** From the address (?lang=ru|en); a translator starts with their first language. */
    public void load() {
        language = Language.ofCode(lang == null ? "" : lang).filter(l -> l != Language.SOURCE).orElseGet(() ->
                session.actor().languages().stream().filter(l -> l != Language.SOURCE).findFirst().orElse(Language.RU));
        lang = language.code();
    }

    public List<Language> getTargets() {
        return List.of(Language.RU, Language.EN);
    }

    public List<ItemSummary> getMissing() {
        return dashboard.missing(session.actor(), language, 0, ROWS);
    }

    public List<ItemSummary> getOutdated() {
        return dashboard.outdated(session.actor(), language, 0, ROWS);
    }

    public long getMissingCount() {
        return dashboard.countMissing(session.actor(), language);
    }

    public long getOutdatedCount() {
        return dashboard.countOutdated(session.actor(), language);
    }

    /** Whether the signed-in user may write this language: import is offered only then (the service checks again). */
    public boolean isMayTranslate() {
        return content.writableLanguages(session.actor()).contains(language);
    }

    /** Sends the selected items (or every listed one when none is ticked) as an XLIFF file. */
    public void exportSelected() throws IOException {
        Set<Long> ids = new LinkedHashSet<>();
        ticked.forEach((id, on) -> {
            if (Boolean.TRUE.equals(on)) {
                ids.add(id);
            }
        });
        if (ids.isEmpty()) {
            getMissing().forEach(i -> ids.add(i.id()));
            getOutdated().forEach(i -> ids.add(i.id()));
        }
        if (ids.isEmpty()) {
            message(FacesMessage.SEVERITY_WARN, am.get("desk.export.nothing"));
            return;
        }
        send(new ArrayList<>(ids), "jiamusi-vet-" + language.code() + "-" + ids.size() + ".xlf");
    }

    /** Sends one item as an XLIFF file. */
    public void exportOne(long id) throws IOException {
        send(List.of(id), "jiamusi-vet-" + language.code() + "-item-" + id + ".xlf");
    }

    public void importFile() {
        report = null;
        if (file == null || file.getSize() == 0) {
            message(FacesMessage.SEVERITY_ERROR, am.get("desk.import.noFile"));
            return;
        }
        if (file.getSize() > XliffExchange.MAX_BYTES) {
            message(FacesMessage.SEVERITY_ERROR, am.format("desk.import.tooLarge", "max", XliffExchange.MAX_BYTES / (1024 * 1024)));
            return;
        }
        report = xliff.importXliff(session.actor(), file.getContent());
        message(FacesMessage.SEVERITY_INFO, am.format("desk.import.done", java.util.Map.of(
                "changed", report.count(org.jiamusi.vet.cms.translation.UnitResult.Outcome.CHANGED),
                "unchanged", report.count(org.jiamusi.vet.cms.translation.UnitResult.Outcome.UNCHANGED),
                "refused", report.count(org.jiamusi.vet.cms.translation.UnitResult.Outcome.REFUSED))));
    }

    private void send(List<Long> ids, String name) throws IOException {
        byte[] document;
        try {
            document = xliff.export(session.actor(), ids, language);
        } catch (AccessDeniedException | IllegalArgumentException e) {
            message(FacesMessage.SEVERITY_ERROR, am.get("desk.export.refused"));
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/xliff+xml; charset=UTF-8");
        external.setResponseContentLength(document.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(document);
        }
        faces.responseComplete();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public Language getLanguage() {
        return language;
    }

    /** The items ticked for export, by id. */
    public java.util.Map<Long, Boolean> getTicked() {
        return ticked;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }
}
