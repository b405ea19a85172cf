package org.jiamusi.vet.cms.page;

import org.jiamusi.vet.cms.content.ProjectionEntity;
import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.cms.content.TitledText;
import org.jiamusi.vet.cms.content.PublicItem;
import org.jiamusi.vet.cms.content.ContentType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.jiamusi.vet.i18n.Language;

import java.util.EnumMap;
import java.util.Map;

/**
 * A published page: about the site, a policy document, or a general page. It shares its content
 * item's id and is written only by {@link PageProjection}.
 */
@Entity
@Table(name = "page")
public class Page extends ProjectionEntity<PageText> implements PublicItem {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private PageKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "page_text", joinColumns = @JoinColumn(name = "page_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "lang", length = 2)
    private Map<Language, PageText> texts = new EnumMap<>(Language.class);

    protected Page() {
        // for JPA
    }

    Page(Long id) {
        super(id);
    }

    public PageKind getKind() {
        return kind;
    }

    @Override
    protected Map<Language, PageText> texts() {
        return texts;
    }

    void setKind(PageKind kind) {
        this.kind = kind;
    }

    @Override
    public ContentType contentType() {
        return ContentType.PAGE;
    }

    @Override
    public Map<Language, PublicText> publicTexts() {
        return TitledText.publicTexts(texts, t -> PublicText.plain(t.getBody()));
    }
}
