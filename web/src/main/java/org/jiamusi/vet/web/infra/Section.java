package org.jiamusi.vet.web.infra;

import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.PublicItem;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.search.SearchType;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The site's sections, one a kind of public item: the path segment of its pages
 * ({@code /{lang}/programmes/{slug}}), the views that render its list and its items, the content
 * type, and the name the JSON API gives the type. The language filter's routes, the sitemap, the
 * API's links and the back office's links to public pages are all built from this one table.
 */
public enum Section {
    PROGRAMME("programmes", "programmes.xhtml", "programme.xhtml", ContentType.PROGRAMME, "programme"),
    INSTITUTION("institutions", "institutions.xhtml", "institution.xhtml", ContentType.INSTITUTION, "institution"),
    EXPERIENCE("experiences", "experiences.xhtml", "experience.xhtml", ContentType.EXPERIENCE_COURSE, "experience"),
    EVENT("events", "events.xhtml", "item.xhtml", ContentType.EVENT, "event"),
    COOPERATION("cooperation", "cooperation.xhtml", "item.xhtml", ContentType.COOPERATION_PROJECT, "cooperation"),
    NEWS("news", "news.xhtml", "item.xhtml", ContentType.NEWS_ARTICLE, "news"),
    /** Pages are reached from the footer; the section has no list of its own. */
    PAGE("pages", null, "page.xhtml", ContentType.PAGE, "page");

    private final String path;
    private final String listView;
    private final String itemView;
    private final ContentType contentType;
    private final String code;

    Section(String path, String listView, String itemView, ContentType contentType, String code) {
        this.path = path;
        this.listView = listView == null ? null : Route.VIEWS + listView;
        this.itemView = Route.VIEWS + itemView;
        this.contentType = contentType;
        this.code = code;
    }

    /** The path segment of the section's pages: {@code programmes}, {@code pages}, ... */
    public String path() {
        return path;
    }

    /** The view of {@code /{lang}/{section}}; null when the section has no list. */
    public String listView() {
        return listView;
    }

    /** The view of {@code /{lang}/{section}/{slug}}. */
    public String itemView() {
        return itemView;
    }

    public ContentType contentType() {
        return contentType;
    }

    /** The name of the type in the JSON API: {@code programme}, {@code experience}, ... */
    public String code() {
        return code;
    }

    /** The index and entity of the section's items. */
    public SearchType searchType() {
        return SearchType.of(contentType).orElseThrow();
    }

    public Class<? extends PublicItem> entity() {
        return searchType().entity();
    }

    /** The address of the section's list after the language prefix: {@code /programmes}. */
    public String listPath() {
        return "/" + path;
    }

    /** The address of one item after the language prefix: {@code /programmes/kouqiang-xiufu-gongyi}. */
    public String pathOf(String slug) {
        return "/" + path + "/" + slug;
    }

    /** The address of one item in a language: {@code /ru/programmes/tekhnologiya-zubnogo-protezirovaniya}. */
    public String pathOf(Language language, String slug) {
        return "/" + language.code() + pathOf(slug);
    }

    public static Optional<Section> ofPath(String path) {
        return find(section -> section.path.equals(path));
    }

    public static Optional<Section> ofCode(String code) {
        return find(section -> section.code.equals(code));
    }

    /** The section of a content type; empty for the types that have no public pages (sessions, media). */
    public static Optional<Section> of(ContentType contentType) {
        return find(section -> section.contentType == contentType);
    }

    /** The section a search hit or suggestion links to: every searchable type has one. */
    public static Section of(SearchType type) {
        return of(type.contentType()).orElseThrow();
    }

    private static Optional<Section> find(Predicate<Section> wanted) {
        return Arrays.stream(values()).filter(wanted).findFirst();
    }
}
