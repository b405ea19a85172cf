package org.jiamusi.vet.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.news.NewsArticleProjection;
import org.jiamusi.vet.i18n.Language;

import java.io.IOException;
import java.util.Map;

/**
 * Test data deployed with the media browser test only: {@code /it-fixture/use-media?id=N} writes a
 * news article whose picture is media item N, as an editor would in the content editor, so that the
 * media library has a file in use.
 */
@WebServlet("/it-fixture/use-media")
public class MediaUsageFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String TITLE = "实训基地新设备投入使用";

    @Inject
    transient ContentService content;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long mediaId = Long.parseLong(request.getParameter("id"));
        content.create(Actor.system(), ContentType.NEWS_ARTICLE, "fixture-uses-media-" + mediaId, null, true,
                new ContentDraft(Map.of(NewsArticleProjection.PUBLISHED_ON, "2026-11-01",
                        NewsArticleProjection.IMAGE, Long.toString(mediaId)),
                        Map.of(Language.ZH, Map.of("title", TITLE))),
                "browser test fixture");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
