package org.jiamusi.vet.web.infra;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.i18n.LocaleNegotiator;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Puts every public page under a language prefix. {@code /zh/…}, {@code /ru/…} and {@code /en/…}
 * are forwarded to their Facelets view with the {@link Route} as a request attribute; {@code /} and
 * other unprefixed page URLs ({@code /programmes}) are redirected to the reader's language: the one
 * they last chose (a cookie), else the best match of {@code Accept-Language}. Other URLs (static
 * files, servlets) pass untouched. The views are under {@code WEB-INF/views}, which the container
 * never serves to a request of its own: only a forward reaches them.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The cookie that remembers the reader's choice of language for a year. */
    public static final String LANGUAGE_COOKIE = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());

        if (isPassThrough(path)) {
            chain.doFilter(request, response);
            return;
        }
        String[] parts = path.split("/", 3);
        Optional<Language> prefix = parts.length > 1 ? Language.ofCode(parts[1]) : Optional.empty();
        if (prefix.isEmpty()) {
            if (Route.parse(Language.SOURCE, path).isPresent()) {
                redirectToLanguage(request, response, path);
            } else {
                // Not a page: a static file, another servlet, or nothing (the container answers 404).
                chain.doFilter(request, response);
            }
            return;
        }
        Language language = prefix.get();
        if (parts.length == 2) {
            response.sendRedirect(request.getContextPath() + "/" + language.code() + "/");
            return;
        }
        if (parts[2].endsWith("/")) {
            // One address per page: /ru/programmes/ is /ru/programmes.
            String canonical = request.getContextPath() + path.replaceAll("/+$", "");
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", canonical + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            return;
        }
        Optional<Route> route = Route.parse(language, "/" + parts[2]);
        request.setAttribute(Route.ATTRIBUTE, route.orElse(new Route(language, null, null, "/" + parts[2])));
        if (route.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        remember(request, response, language);
        request.getRequestDispatcher(route.get().view()).forward(request, response);
    }

    private static boolean isPassThrough(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/api/");
    }

    private static void redirectToLanguage(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        Language language = LocaleNegotiator.negotiate(cookie(request).orElse(null), request.getHeader("Accept-Language"));
        String target = request.getContextPath() + "/" + language.code() + (path.isEmpty() ? "/" : path);
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        response.setHeader("Vary", "Accept-Language, Cookie");
        response.sendRedirect(target);
    }

    /** Remembers the language of the page the reader is on, when it differs from the one remembered. */
    private static void remember(HttpServletRequest request, HttpServletResponse response, Language language) {
        if (cookie(request).filter(language.code()::equals).isEmpty()) {
            Cookie cookie = new Cookie(LANGUAGE_COOKIE, language.code());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> LANGUAGE_COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }
}
