package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Route;
import org.jiamusi.vet.web.infra.SiteAddress;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page being rendered: its language, and the address of the same page in every language for
 * the language switcher and the {@code hreflang} links. A page about one item sets the item's own
 * paths, since each language has its own slug.
 */
@Named("page")
@RequestScoped
public class CurrentPage {

    @Inject
    HttpServletRequest request;

    private Route route;
    private final Map<Language, String> alternates = new EnumMap<>(Language.class);

    Route route() {
        if (route == null) {
            Object attribute = request.getAttribute(Route.ATTRIBUTE);
            route = attribute instanceof Route r ? r : new Route(Language.SOURCE, null, null, "/");
        }
        return route;
    }

    public Language getLanguage() {
        return route().language();
    }

    public String getLang() {
        return getLanguage().code();
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    /** Sets the path (after the language prefix) of this page in another language. */
    void alternate(Language language, String pathAfterLanguage) {
        alternates.put(language, pathAfterLanguage);
    }

    public List<Alternate> getAlternates() {
        return Arrays.stream(Language.values())
                .map(language -> new Alternate(language.code(), url(language), language == getLanguage()))
                .toList();
    }

    public String url(Language language) {
        String path = alternates.getOrDefault(language, route().pathAfterLanguage());
        return request.getContextPath() + "/" + language.code() + path;
    }

    /** The page's language as Open Graph writes locales: {@code zh_CN}, {@code ru_RU}, {@code en_GB}. */
    public String getOgLocale() {
        return getLocale().getLanguage() + "_" + getLocale().getCountry();
    }

    /** This page's one address, absolute: what search engines should index. */
    public String getCanonical() {
        return SiteAddress.base(request) + url(getLanguage()).substring(request.getContextPath().length());
    }

    /** The page's address in a language, absolute, for {@code hreflang} links. */
    public String absolute(String lang) {
        return SiteAddress.base(request) + url(Language.ofCode(lang).orElse(Language.SOURCE)).substring(request.getContextPath().length());
    }

    /** The address of a page in the current language, e.g. {@code path("/programmes")}. */
    public String path(String pathAfterLanguage) {
        return request.getContextPath() + "/" + getLang() + pathAfterLanguage;
    }

    public record Alternate(String lang, String url, boolean current) {
    }
}
