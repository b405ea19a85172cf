package org.jiamusi.vet.cms.page;

import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.cms.content.PublicItem;
import org.jiamusi.vet.cms.content.ContentType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.jiamusi.vet.i18n.Language;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A published page: about the site, a policy document, or a general page. It shares its content
 * item's id and is written only by {@link PageProjection}.
 */
@Entity
@Table(name = "page")
public class Page implements PublicItem {

    @Id
    private Long id;

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
        this.id = id;
    }

    public Long getId() {
        return id;
    }

    public PageKind getKind() {
        return kind;
    }

    /** The texts by language, for reading; only the languages that were published are present. */
    public Map<Language, PageText> getTexts() {
        return Map.copyOf(texts);
    }

    public Optional<PageText> text(Language language) {
        return Optional.ofNullable(texts.get(language));
    }

    void setKind(PageKind kind) {
        this.kind = kind;
    }

    /** Makes the published texts exactly these: a language no longer published is removed. */
    void replaceTexts(Map<Language, PageText> published) {
        texts.keySet().retainAll(published.keySet());
        texts.putAll(published);
    }

    @Override
    public ContentType contentType() {
        return ContentType.PAGE;
    }

    @Override
    public Map<Language, PublicText> publicTexts() {
        Map<Language, PublicText> publicTexts = new EnumMap<>(Language.class);
        texts.forEach((language, t) -> publicTexts.put(language,
                new PublicText(t.getTitle(), t.getSlug(), t.getSummary(), PublicText.plain(t.getBody()))));
        return publicTexts;
    }
}
