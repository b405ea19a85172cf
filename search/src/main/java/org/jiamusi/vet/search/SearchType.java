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
 * The kinds of public item the site search finds, with the name the JSON API uses, the section of
 * the site their pages are under, and the index each has.
 */
public enum SearchType {
    PROGRAMME("programme", "programmes", ContentType.PROGRAMME, Programme.class),
    INSTITUTION("institution", "institutions", ContentType.INSTITUTION, Institution.class),
    EXPERIENCE("experience", "experiences", ContentType.EXPERIENCE_COURSE, ExperienceCourse.class),
    EVENT("event", "events", ContentType.EVENT, Event.class),
    COOPERATION("cooperation", "cooperation", ContentType.COOPERATION_PROJECT, CooperationProject.class),
    NEWS("news", "news", ContentType.NEWS_ARTICLE, NewsArticle.class),
    PAGE("page", "pages", ContentType.PAGE, Page.class);

    private final String code;
    private final String section;
    private final ContentType contentType;
    private final Class<? extends PublicItem> entity;

    SearchType(String code, String section, ContentType contentType, Class<? extends PublicItem> entity) {
        this.code = code;
        this.section = section;
        this.contentType = contentType;
        this.entity = entity;
    }

    /** The name in the JSON API: {@code programme}, {@code experience}, ... */
    public String code() {
        return code;
    }

    /** The path segment of the type's pages: {@code /{lang}/programmes/{slug}}. */
    public String section() {
        return section;
    }

    public ContentType contentType() {
        return contentType;
    }

    public Class<? extends PublicItem> entity() {
        return entity;
    }

    public static Optional<SearchType> ofCode(String code) {
        for (SearchType type : values()) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static Optional<SearchType> ofSection(String section) {
        for (SearchType type : values()) {
            if (type.section.equals(section)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
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
