package org.jiamusi.vet.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.media.MediaItemProjection;
import org.jiamusi.vet.cms.media.MediaLibrary;
import org.jiamusi.vet.cms.media.MediaStorage;
import org.jiamusi.vet.cms.media.PublishedMedia;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves media files. {@code /media/<id>/<name>} (and {@code ?thumb}) serves what the public site
 * shows: published items only, cached by browsers and proxies for a year, since a stored file
 * never changes (a new upload is a new key). {@code /admin/media-file/<id>} serves any working copy
 * to the back office (behind its sign-in) to whoever may open the item in the editor, privately
 * cached. Files are sent with their detected
 * type, {@code nosniff}, and PDFs as attachments, so nothing uploaded runs in the site's origin.
 */
@WebServlet(urlPatterns = {"/media/*", "/admin/media-file/*"})
public class MediaFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContentService content;

    @Inject
    transient MediaLibrary library;

    @Inject
    transient AdminSession session;

    @Inject
    transient MediaStorage storage;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean backOffice = request.getServletPath().startsWith("/admin/");
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = info.split("/");
        long id;
        try {
            id = parts.length > 1 ? Long.parseLong(parts[1]) : -1;
        } catch (NumberFormatException e) {
            id = -1;
        }
        boolean thumb = request.getParameter("thumb") != null;
        String key;
        String type;
        String name;
        if (backOffice) {
            if (id <= 0 || content.find(id).filter(i -> i.getType() == ContentType.MEDIA_ITEM).isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            ContentDraft draft;
            try {
                draft = content.workingCopy(session.actor(), id);
            } catch (AccessDeniedException e) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            key = draft.field(MediaItemProjection.STORAGE_KEY);
            type = draft.field(MediaItemProjection.MEDIA_TYPE);
            name = draft.field(MediaItemProjection.FILE_NAME);
            if (thumb) {
                String thumbnail = library.thumbnailKey(draft);
                if (thumbnail != null) {
                    key = thumbnail;
                    type = thumbnail.endsWith(".jpg") ? "image/jpeg" : "image/png";
                }
            }
        } else {
            PublishedMedia media = id <= 0 ? null : content.published(id).isPresent() ? publishedMedia(id) : null;
            if (media == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            key = media.storageKey();
            type = media.mediaType();
            name = media.fileName();
            if (thumb) {
                String thumbnail = library.thumbnailKey(content.published(id).orElseThrow());
                if (thumbnail != null) {
                    key = thumbnail;
                    type = thumbnail.endsWith(".jpg") ? "image/jpeg" : "image/png";
                }
            }
        }
        if (key == null || !storage.exists(key)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + key.hashCode() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", backOffice ? "private, max-age=300" : "public, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Path file = storage.path(key);
        response.setContentType(type);
        response.setContentLengthLong(Files.size(file));
        String disposition = type != null && type.startsWith("image/") ? "inline" : "attachment";
        response.setHeader("Content-Disposition", disposition + "; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name == null ? "file" : name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        Files.copy(file, response.getOutputStream());
    }

    private PublishedMedia publishedMedia(long id) {
        return library.published(id).orElse(null);
    }
}
