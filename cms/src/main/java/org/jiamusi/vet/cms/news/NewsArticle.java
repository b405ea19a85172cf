package org.jiamusi.vet.cms.news;

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
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.jiamusi.vet.i18n.Language;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * A published news article. Its date is the one the newsroom gives it, which is not necessarily
 * the day it went on the site. It shares its content item's id and is written only by
 * {@link NewsArticleProjection}; its image and institution are kept as content item ids.
 */
@Entity
@Table(name = "news_article")
public class NewsArticle extends ProjectionEntity<NewsArticleText> implements PublicItem {

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "image_id")
    private Long imageId;

    @Column(name = "institution_id")
    private Long institutionId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_article_text", joinColumns = @JoinColumn(name = "article_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "lang", length = 2)
    private Map<Language, NewsArticleText> texts = new EnumMap<>(Language.class);

    protected NewsArticle() {
        // for JPA
    }

    NewsArticle(Long id) {
        super(id);
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    /** The content item id of the article's image, a media item, if any. */
    public Long getImageId() {
        return imageId;
    }

    /** The content item id of the institution the article is about, if any. */
    public Long getInstitutionId() {
        return institutionId;
    }

    @Override
    protected Map<Language, NewsArticleText> texts() {
        return texts;
    }

    void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    void setImageId(Long imageId) {
        this.imageId = imageId;
    }

    void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    @Override
    public ContentType contentType() {
        return ContentType.NEWS_ARTICLE;
    }

    @Override
    public Map<Language, PublicText> publicTexts() {
        return TitledText.publicTexts(texts, t -> PublicText.plain(t.getBody()));
    }
}
