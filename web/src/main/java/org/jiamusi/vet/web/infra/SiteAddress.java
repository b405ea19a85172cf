package org.jiamusi.vet.web.infra;

import jakarta.servlet.http.HttpServletRequest;
import org.jiamusi.vet.i18n.Language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The site's own address and name, as canonical links, hreflang alternates, feeds and the sitemap
 * write them. {@code VET_PUBLIC_URL} fixes the address (behind a proxy, in production). Without it
 * the address is taken from the request only for a host on the allowlist {@code VET_ALLOWED_HOSTS}
 * (by default the local forms), never from whatever a client writes in its {@code Host} header:
 * otherwise a forged host would be written into every link of a page that a shared cache then keeps
 * for everybody.
 */
public final class SiteAddress {

    /** The hosts the site answers under by default: the machine's own. */
    static final String LOCAL_HOSTS = "localhost,127.0.0.1,[::1],::1";

    private SiteAddress() {
    }

    /** Scheme, host and port of the site, with the context path, without a trailing slash. */
    public static String base(HttpServletRequest request) {
        String configured = configuredUrl();
        if (configured != null) {
            return configured;
        }
        List<String> allowed = allowedHosts();
        String host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
        boolean trusted = allowed.contains(host);
        int port = trusted ? request.getServerPort() : request.getLocalPort();
        boolean defaultPort = port == 80 || port == 443;
        return request.getScheme() + "://" + (trusted ? host : allowed.get(0)) + (defaultPort ? "" : ":" + port)
                + request.getContextPath();
    }

    /** Whether the configured public address is served over HTTPS, so browsers may be told to insist on it. */
    public static boolean publicUrlIsHttps() {
        String configured = configuredUrl();
        return configured != null && configured.toLowerCase(Locale.ROOT).startsWith("https://");
    }

    public static String name(Language language) {
        return ResourceBundle.getBundle("messages.site", language.locale()).getString("site.name");
    }

    private static String configuredUrl() {
        String configured = System.getProperty("vet.public.url", System.getenv("VET_PUBLIC_URL"));
        return configured == null || configured.isBlank() ? null : configured.strip().replaceAll("/+$", "");
    }

    private static List<String> allowedHosts() {
        String configured = System.getProperty("vet.allowed.hosts", System.getenv("VET_ALLOWED_HOSTS"));
        List<String> hosts = Arrays.stream((configured == null || configured.isBlank() ? LOCAL_HOSTS : configured).split(","))
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .toList();
        return hosts.isEmpty() ? List.of("localhost") : hosts;
    }
}
