package org.jiamusi.vet.search;

import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.PublicItem;
import org.jiamusi.vet.cms.cooperation.CooperationProject;
import org.jiamusi.vet.cms.event.Event;
import org.jiamusi.vet.cms.experience.ExperienceCourse;
import org.jiamusi.vet.cms.institution.Institution;
import org.jiamusi.vet.cms.news.NewsArticle;
import org.jiamusi.vet.cms.page.Page;
import org.jiamusi.vet.cms.programme.Programme;

import java.util.Optional;

/**
 * The kinds of public item the site search finds: the content type, the entity each is indexed as,
 * and the name of its index. Where a hit is shown and under which name the API gives its type are
 * the web's business.
 */
public enum SearchType {
    PROGRAMME("programme", ContentType.PROGRAMME, Programme.class),
    INSTITUTION("institution", ContentType.INSTITUTION, Institution.class),
    EXPERIENCE("experience", ContentType.EXPERIENCE_COURSE, ExperienceCourse.class),
    EVENT("event", ContentType.EVENT, Event.class),
    COOPERATION("cooperation", ContentType.COOPERATION_PROJECT, CooperationProject.class),
    NEWS("news", ContentType.NEWS_ARTICLE, NewsArticle.class),
    PAGE("page", ContentType.PAGE, Page.class);

    private final String indexName;
    private final ContentType contentType;
    private final Class<? extends PublicItem> entity;

    SearchType(String indexName, ContentType contentType, Class<? extends PublicItem> entity) {
        this.indexName = indexName;
        this.contentType = contentType;
        this.entity = entity;
    }

    /** The name of the type's index, which its documents' type field holds too: a change needs a reindex. */
    public String indexName() {
        return indexName;
    }

    public ContentType contentType() {
        return contentType;
    }

    public Class<? extends PublicItem> entity() {
        return entity;
    }

    public static Optional<SearchType> of(ContentType contentType) {
        for (SearchType type : values()) {
            if (type.contentType == contentType) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
