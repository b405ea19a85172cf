package org.jiamusi.vet.web.infra;

import jakarta.servlet.http.HttpServletRequest;
import org.jiamusi.vet.i18n.Language;

import java.util.ResourceBundle;

/** The site's own address and name, as feeds and the sitemap write them. */
public final class SiteAddress {

    private SiteAddress() {
    }

    /** Scheme, host and port as the reader reached the site ({@code VET_PUBLIC_URL} overrides it behind a proxy). */
    public static String base(HttpServletRequest request) {
        String configured = System.getProperty("vet.public.url", System.getenv("VET_PUBLIC_URL"));
        if (configured != null && !configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        boolean defaultPort = request.getServerPort() == 80 || request.getServerPort() == 443;
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort())
                + request.getContextPath();
    }

    public static String name(Language language) {
        return ResourceBundle.getBundle("messages.site", language.locale()).getString("site.name");
    }
}
