package org.jiamusi.vet.web.infra;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The security headers of every answer, set in one place before anything is written (mapped first
 * in web.xml, for requests, forwards and error pages alike):
 * <ul>
 * <li>framing: the back office never inside a frame ({@code frame-ancestors 'none'}, and
 * {@code X-Frame-Options: DENY} for older browsers), the public site only inside its own pages;</li>
 * <li>a Content-Security-Policy for what is not script: no plugins, no foreign {@code <base>}, forms
 * posted to the site only. Scripts are PrimeFaces' part ({@code primefaces.CSP} in web.xml): it sends
 * a second policy, {@code script-src 'self' 'nonce-…'}, and puts that nonce on every script it
 * writes. A browser enforces both policies;</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: strict-origin-when-cross-origin};</li>
 * <li>HSTS once the site is served over HTTPS: the configured public address is {@code https://},
 * or the request came over TLS.</li>
 * </ul>
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String BACK_OFFICE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    static final String PUBLIC_POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    static final String HSTS = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean backOffice = path.startsWith("/admin/") || path.equals("/admin");
        response.setHeader("Content-Security-Policy", backOffice ? BACK_OFFICE_POLICY : PUBLIC_POLICY);
        response.setHeader("X-Frame-Options", backOffice ? "DENY" : "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.isSecure() || SiteAddress.publicUrlIsHttps()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
