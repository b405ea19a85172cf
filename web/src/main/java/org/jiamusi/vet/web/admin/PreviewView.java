package org.jiamusi.vet.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentLists;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentValidationException;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.cms.content.RichText;
import org.jiamusi.vet.i18n.Language;

/**
 * The working copy as a reader of one language would see it, before it is published: the texts of
 * that language (or of the language the public site would fall back to, with the same notice), the
 * facts, and rich text as the sanitised HTML it is stored as. Only for signed-in users who may read
 * the item; the public site itself never shows a working copy.
 */
@Named
@RequestScoped
public class PreviewView {

    @Inject
    ContentService content;

    @Inject
    ContentLists lists;

    @Inject
    AdminSession session;

    @Inject
    AdminFields fields;

    private Long id;
    private String lang;
    private ContentItem item;
    private ContentDraft draft;
    private Language shown;

    /** One text of the preview: plain paragraphs, or sanitised HTML. */
    public record Block(String label, List<String> paragraphs, String html) {
    }

    /** One fact as label and value. */
    public record Fact(String label, String value) {
    }

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            item = lists.open(session.actor(), id == null ? -1 : id);
        } catch (AccessDeniedException e) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            faces.responseComplete();
            return;
        } catch (ContentValidationException e) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        draft = content.workingCopy(session.actor(), item.getId());
        Language reader = getLanguage();
        shown = reader.shownFrom(draft::hasLanguage);
    }

    public Language getLanguage() {
        return Language.ofCode(lang).orElse(Language.SOURCE);
    }

    public Language getShown() {
        return shown;
    }

    public boolean isFallback() {
        return shown != getLanguage();
    }

    public String getTitle() {
        String title = draft.text(shown, ContentSchema.TITLE);
        return title == null ? item.getRef() : title;
    }

    public List<Block> getBlocks() {
        List<Block> blocks = new ArrayList<>();
        for (FieldDef field : content.schema(item.getType()).translatableFields()) {
            String value = draft.text(shown, field.name());
            if (value == null || field.name().equals(ContentSchema.TITLE)) {
                continue;
            }
            String label = fields.label(field.name());
            if (RichText.looksLikeHtml(value)) {
                blocks.add(new Block(label, List.of(), RichText.sanitize(value)));
            } else {
                blocks.add(new Block(label, Arrays.stream(value.split("\n")).filter(p -> !p.isBlank()).toList(), null));
            }
        }
        return blocks;
    }

    public List<Fact> getFacts() {
        List<Fact> facts = new ArrayList<>();
        for (FieldDef field : content.schema(item.getType()).facts()) {
            String value = draft.field(field.name());
            if (value != null) {
                facts.add(new Fact(fields.label(field.name()), fields.display(field, value)));
            }
        }
        return facts;
    }

    public ContentItem getItem() {
        return item;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLang() {
        return getLanguage().code();
    }

    public void setLang(String lang) {
        this.lang = lang;
    }
}
