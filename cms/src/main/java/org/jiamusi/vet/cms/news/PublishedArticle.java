package org.jiamusi.vet.cms.news;

import org.jiamusi.vet.cms.content.Translated;
import org.jiamusi.vet.i18n.Language;

import java.time.LocalDate;
import java.util.Map;

/** A published news article as the news page and the Atom feed show it, read by its service. */
public record PublishedArticle(long id, LocalDate publishedOn, Long imageId, Long institutionId,
                               Map<Language, NewsArticleText> texts) implements Translated<NewsArticleText> {

    public static PublishedArticle of(NewsArticle n) {
        return new PublishedArticle(n.getId(), n.getPublishedOn(), n.getImageId(), n.getInstitutionId(), n.getTexts());
    }
}
