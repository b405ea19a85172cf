package org.jiamusi.vet.web.infra;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jiamusi.vet.cms.content.PublicVersion;
import org.jiamusi.vet.i18n.Formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * HTTP caching for the public site and the API, decided before anything is rendered.
 * <ul>
 * <li>Pages, feeds, the sitemap and the open-data API answer with a weak {@code ETag} made of the
 * build, the public version (which every publication advances), the day in Jiamusi (lists of coming
 * events change at midnight), the site address its links are written with ({@link SiteAddress}) and
 * the address; a conditional GET whose {@code If-None-Match} still
 * matches gets 304 straight away, without the Faces view or the resource running. They carry
 * {@code Cache-Control: no-cache}: a browser keeps them but asks each time.</li>
 * <li>No ETag is given while the search index has not taken every publication (pages that list from
 * the index would not yet show it), nor for search answers (the synonyms file changes them without a
 * publication), nor to a reader with a session (the back office).</li>
 * <li>Faces resources with a version in the URL ({@code ?v=}: PrimeFaces' own, and ours, which
 * {@code VersionedResourceHandler} versions by content) are cached for a year as immutable.</li>
 * </ul>
 */
@WebFilter(urlPatterns = {"/WEB-INF/views/*", "/feeds/*", "/api/*", "/sitemap.xml", "/jakarta.faces.resource/*"},
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class HttpCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    /** Time an engine may take to make what it indexed searchable (OpenSearch refreshes every second). */
    static final Duration SETTLE = Duration.ofSeconds(3);
    private static final Set<String> UNVALIDATED = Set.of(Route.VIEWS + "search.xhtml", "/api/v1/search", "/api/v1/suggest");

    @Inject
    transient PublicVersion version;

    private transient Clock clock = Clock.systemUTC();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, request.getParameter("v") != null ? new Immutable(response) : response);
            return;
        }
        boolean forwarded = request.getDispatcherType() == DispatcherType.FORWARD;
        if (!forwarded && path.startsWith("/feeds/")) {
            // a feed asked for under its servlet's path, not its public address: nothing to validate
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", REVALIDATE);
        if (UNVALIDATED.contains(path) || request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        PublicVersion.Stamp stamp = version.current();
        if (!stamp.settled(clock.instant(), SETTLE)) {
            chain.doFilter(request, response);
            return;
        }
        String address = forwarded ? (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) : request.getRequestURI();
        String query = forwarded ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
        String etag = "W/\"" + BuildVersion.fingerprint(String.join("\n", BuildVersion.of(getServletContext()),
                Long.toString(stamp.changes()), LocalDate.now(Formats.CITY_ZONE).toString(),
                SiteAddress.base(request), address, query == null ? "" : query).getBytes(StandardCharsets.UTF_8)) + "\"";
        response.setHeader("ETag", etag);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Weak comparison, as RFC 9110 asks for If-None-Match; {@code *} matches any current representation. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.substring(2);
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals(opaque) || tag.equals("W/" + opaque));
    }

    /** Sets the year-long, immutable caching and keeps the resource handler from setting a shorter one. */
    private static final class Immutable extends HttpServletResponseWrapper {

        Immutable(HttpServletResponse response) {
            super(response);
            response.setHeader("Cache-Control", IMMUTABLE);
        }

        private static boolean ours(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!ours(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!ours(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!ours(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!ours(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}
