package org.jiamusi.vet.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jiamusi.vet.cms.content.ContentType;

/** Addresses the back-office template needs: this page's own (to come back to), and the content types. */
@Named
@RequestScoped
public class AdminLinks {

    @Inject
    HttpServletRequest request;

    /** This page's address with its query, URL-encoded, for the language chooser to return to. */
    public String getHere() {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String here = original != null ? original.toString() : request.getRequestURI();
        if (original == null && request.getQueryString() != null && "GET".equals(request.getMethod())) {
            here += "?" + request.getQueryString();
        }
        return URLEncoder.encode(here, StandardCharsets.UTF_8);
    }

    /** The types edited through the content lists; media has a library of its own. */
    public List<ContentType> getTypes() {
        return Arrays.stream(ContentType.values()).filter(t -> t != ContentType.MEDIA_ITEM).toList();
    }
}
