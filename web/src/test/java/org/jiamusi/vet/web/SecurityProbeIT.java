package org.jiamusi.vet.web;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jiamusi.vet.cms.account.AccountService;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.NewAccount;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.media.MediaLibrary;
import org.jiamusi.vet.cms.media.MediaUpload;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The holes an outside probe of the running site found, each tried again here as the probe tried
 * it, over HTTP against the deployed WAR: session fixation, another school's history and media,
 * content placed under another school, framing and content policy headers, a forged Host header,
 * and a disabled account's live session. Each test fails if its hole opens again.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityProbeIT {

    private static final String SECRET = "乙校尚未公开的招生计划";
    private static final String LEAVER = "it-probe-leaver";
    private static final String PASSWORD = "birch-forest-morning-5531";

    @Deployment
    static WebArchive deployment() {
        return Deployments.site().addClasses(SecurityProbeIT.class, BackOfficeHttp.class, BackOfficeFixture.class, SitePages.class,
                SitePages.SitePage.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    ContentService content;

    @Inject
    AccountService accounts;

    @Inject
    MediaLibrary media;

    @Test
    void signingInGivesTheSessionANewIdAndItsCookieIsHttpOnlyAndSameSite() throws Exception {
        BackOfficeHttp visitor = BackOfficeHttp.anonymous(base);
        visitor.get("admin/login");
        String planted = visitor.sessionId();
        assertNotNull(planted, "the sign-in page keeps its form in a session");

        HttpResponse<String> signedIn = visitor.signIn(BackOfficeFixture.EDITOR, BackOfficeFixture.PASSWORD);

        assertNotNull(visitor.sessionId());
        assertNotEquals(planted, visitor.sessionId(), "the planted session id is not the signed-in one");
        List<String> cookies = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertEquals(1, cookies.size(), cookies.toString());
        assertTrue(cookies.get(0).toLowerCase().contains("httponly"), cookies.get(0));
        assertTrue(cookies.get(0).toLowerCase().contains("samesite=lax"), cookies.get(0));
        assertEquals(200, visitor.get("admin/dashboard").statusCode());
    }

    @Test
    void aHistoryPostbackCarryingAnotherSchoolsItemIsRefused() throws Exception {
        long own = twoRevisions(BackOfficeFixture.PROGRAMME_A, "甲校的新简介");
        long other = twoRevisions(BackOfficeFixture.PROGRAMME_B, SECRET);
        BackOfficeHttp schoolA = BackOfficeHttp.signedIn(base, BackOfficeFixture.SCHOOL_A_EDITOR, BackOfficeFixture.PASSWORD);
        assertEquals(403, schoolA.get("admin/history?id=" + other).statusCode());

        String page = schoolA.get("admin/history?id=" + own).body();
        Map<String, String> compare = Map.of("history", "history", "history:from", "1", "history:to", "2",
                "jakarta.faces.partial.render", "history:changes");

        HttpResponse<String> ownDiff = schoolA.ajax("admin/history?id=" + own, page, "history:compare", compare);
        assertEquals(200, ownDiff.statusCode());
        assertTrue(ownDiff.body().contains("甲校的新简介"), "the replayed postback works for the editor's own item: " + ownDiff.body());

        HttpResponse<String> forged = schoolA.ajax("admin/history", page, "history:compare",
                with(compare, "id", Long.toString(other)));
        assertFalse(forged.body().contains(SECRET), "another school's diff was shown");
        assertEquals(403, forged.statusCode());
    }

    @Test
    void anInstitutionEditorPublishesNothingUnderAnotherSchool() {
        ContentItem schoolB = content.findByRef(ContentType.INSTITUTION, BackOfficeFixture.SCHOOL_B).orElseThrow();
        ContentItem schoolA = content.findByRef(ContentType.INSTITUTION, BackOfficeFixture.SCHOOL_A).orElseThrow();
        Actor editorA = accounts.find(BackOfficeFixture.SCHOOL_A_EDITOR).orElseThrow().toActor("127.0.0.1");
        ContentDraft news = new ContentDraft(Map.of("publishedOn", "2026-11-30", "institution", Long.toString(schoolB.getId())),
                Map.of(Language.ZH, Map.of("title", "乙校开放日", "summary", "冒名发布")));

        assertThrows(AccessDeniedException.class,
                () -> content.create(editorA, ContentType.NEWS_ARTICLE, "probe-news-under-b", null, false, news, null));
        assertTrue(content.findByRef(ContentType.NEWS_ARTICLE, "probe-news-under-b").isEmpty());

        ContentItem ownNews = content.findByRef(ContentType.NEWS_ARTICLE, "probe-news-own").orElseGet(() ->
                content.create(editorA, ContentType.NEWS_ARTICLE, "probe-news-own", null, false,
                        news.withField("institution", Long.toString(schoolA.getId())), null));
        assertEquals(schoolA.getId(), ownNews.getInstitutionId());
    }

    @Test
    void anotherSchoolsUnpublishedMediaFileIsRefused() throws Exception {
        long schoolB = content.findByRef(ContentType.INSTITUTION, BackOfficeFixture.SCHOOL_B).orElseThrow().getId();
        long picture = media.upload(Actor.system(), new MediaUpload("probe-school-b.png", BackOfficeHttp.picture(),
                Map.of(Language.ZH, "乙校实训室", Language.RU, "Мастерская", Language.EN, "Workshop"), Map.of(), schoolB)).getId();

        BackOfficeHttp schoolA = BackOfficeHttp.signedIn(base, BackOfficeFixture.SCHOOL_A_EDITOR, BackOfficeFixture.PASSWORD);
        assertEquals(403, schoolA.get("admin/media-file/" + picture).statusCode());
        assertEquals(403, schoolA.get("admin/media-file/" + picture + "?thumb=1").statusCode());
        assertFalse(schoolA.get("admin/media").body().contains("probe-school-b.png"), "listed another school's unpublished file");
        assertEquals(200, BackOfficeHttp.signedIn(base, BackOfficeFixture.EDITOR, BackOfficeFixture.PASSWORD)
                .get("admin/media-file/" + picture).statusCode());
    }

    @Test
    void anUploadedPolyglotReachesTheBrowserWithoutItsScriptAndAPdfWithHtmlIsRefused() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "gif", gif);
        gif.write("/*<script>alert(document.cookie)</script>*/".getBytes(StandardCharsets.US_ASCII));
        Map<Language, String> alt = Map.of(Language.ZH, "动图", Language.RU, "Анимация", Language.EN, "Animation");
        long polyglot = media.upload(Actor.system(), new MediaUpload("probe-polyglot.gif", gif.toByteArray(), alt, Map.of(), null)).getId();

        HttpResponse<String> served = BackOfficeHttp.signedIn(base, BackOfficeFixture.EDITOR, BackOfficeFixture.PASSWORD)
                .get("admin/media-file/" + polyglot);
        assertEquals(200, served.statusCode());
        assertEquals("image/gif", served.headers().firstValue("Content-Type").orElse(""));
        assertTrue(served.body().startsWith("GIF8"), "still a GIF");
        assertFalse(served.body().contains("alert("), "the script came through");

        byte[] pdfWithHtml = ("%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF").getBytes(StandardCharsets.US_ASCII);
        assertThrows(org.jiamusi.vet.cms.media.MediaRejectedException.class, () -> media.upload(Actor.system(),
                new MediaUpload("probe-page.pdf", pdfWithHtml, Map.of(), Map.of(), null)));
    }

    @Test
    void everyAnswerCarriesFramingContentPolicyAndReferrerHeaders() throws Exception {
        List<String> problems = new ArrayList<>();
        BackOfficeHttp reader = BackOfficeHttp.anonymous(base);
        for (String lang : SitePages.LANGUAGES) {
            for (SitePages.SitePage page : SitePages.of(base, lang)) {
                check(page.path(), reader.get(page.path()), "'self'", "SAMEORIGIN", problems);
            }
        }
        for (String path : List.of("sitemap.xml", "zh/news.atom", "ru/events.ics", "api/v1/programmes?lang=en")) {
            check(path, reader.get(path), "'self'", "SAMEORIGIN", problems);
        }
        check("admin/login", reader.get("admin/login"), "'none'", "DENY", problems);
        BackOfficeHttp admin = BackOfficeHttp.signedIn(base, BackOfficeHttp.ADMIN, BackOfficeHttp.ADMIN_PASSWORD);
        for (String path : List.of("admin/", "admin/dashboard", "admin/users", "admin/audit", "admin/content?type=programme",
                "admin/edit?type=programme", "admin/media", "admin/translations?lang=ru", "admin/reindex")) {
            HttpResponse<String> answer = admin.get(path);
            check(path, answer, "'none'", "DENY", problems);
            if (answer.statusCode() == 200 && !answer.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("script-src 'self' 'nonce-"))) {
                problems.add(path + ": no script policy with a nonce");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aForgedHostHeaderNeverReachesLinksFeedsOrTheSitemap() throws Exception {
        List<String> paths = new ArrayList<>(List.of("sitemap.xml", "ru/news.atom", "zh/events.ics", "en/"));
        List<SitePages.SitePage> russian = SitePages.of(base, "ru");
        paths.add(russian.get(russian.size() - 4).path());
        for (String path : paths) {
            String forged = rawGet(path, "evil.example");
            assertTrue(forged.startsWith("HTTP/1.1 200"), path + ": " + forged.lines().findFirst().orElse(""));
            assertFalse(forged.toLowerCase().contains("evil.example"), path + " wrote the forged host");
            String real = rawGet(path, base.getHost() + ":" + base.getPort());
            String forgedTag = header(forged, "ETag");
            if (forgedTag != null) {
                assertNotEquals(header(real, "ETag"), forgedTag, path + ": a cache must not give the forged host's answer to real readers");
            }
        }
    }

    @Test
    void aDisabledAccountsLiveSessionEndsAtItsNextRequest() throws Exception {
        if (accounts.find(LEAVER).isEmpty()) {
            accounts.create(Actor.system(), new NewAccount(LEAVER, "离职编辑", PASSWORD, Set.of(Role.EDITOR), null, Set.of(), false));
        }
        accounts.setEnabled(Actor.system(), LEAVER, true);
        BackOfficeHttp leaver = BackOfficeHttp.signedIn(base, LEAVER, PASSWORD);
        String dashboard = leaver.get("admin/dashboard").body();
        BackOfficeHttp other = BackOfficeHttp.signedIn(base, LEAVER, PASSWORD);
        String list = other.get("admin/content?type=programme").body();

        accounts.setEnabled(Actor.system(), LEAVER, false);

        HttpResponse<String> next = leaver.get("admin/dashboard");
        assertEquals(302, next.statusCode());
        assertTrue(next.headers().firstValue("Location").orElse("").contains("/admin/login"));
        HttpResponse<String> ajax = other.ajax("admin/content?type=programme", list, "list:table", Map.of());
        assertTrue(ajax.statusCode() < 500, "answered " + ajax.statusCode());
        assertTrue(ajax.body().contains("<redirect url=") && ajax.body().contains("/admin/login"), ajax.body());
        // the session is over: even once enabled again, the old cookie is no longer signed in
        accounts.setEnabled(Actor.system(), LEAVER, true);
        assertEquals(302, leaver.get("admin/dashboard").statusCode());
        assertFalse(dashboard.isEmpty());
    }

    // ------------------------------------------------------------------ helpers

    private long twoRevisions(String ref, String summary) {
        ContentItem item = content.findByRef(ContentType.PROGRAMME, ref).orElseThrow();
        if (item.getCurrentRevision() < 2) {
            ContentDraft draft = content.workingCopy(item.getId());
            Map<String, String> zh = new java.util.HashMap<>(draft.texts(Language.ZH));
            zh.put("summary", summary);
            content.save(Actor.system(), item.getId(), item.getCurrentRevision(), draft.withTexts(Language.ZH, zh), "probe");
        }
        return item.getId();
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put(name, value);
        return all;
    }

    private static void check(String path, HttpResponse<String> answer, String ancestors, String frameOptions, List<String> problems) {
        List<String> policies = answer.headers().allValues("Content-Security-Policy");
        if (policies.stream().noneMatch(p -> p.contains("frame-ancestors " + ancestors) && p.contains("object-src 'none'"))) {
            problems.add(path + " (" + answer.statusCode() + "): Content-Security-Policy " + policies);
        }
        if (!frameOptions.equals(answer.headers().firstValue("X-Frame-Options").orElse(""))) {
            problems.add(path + ": X-Frame-Options " + answer.headers().firstValue("X-Frame-Options"));
        }
        if (!"nosniff".equals(answer.headers().firstValue("X-Content-Type-Options").orElse(""))) {
            problems.add(path + ": no X-Content-Type-Options");
        }
        if (!"strict-origin-when-cross-origin".equals(answer.headers().firstValue("Referrer-Policy").orElse(""))) {
            problems.add(path + ": Referrer-Policy " + answer.headers().firstValue("Referrer-Policy"));
        }
    }

    /** A GET with a Host header of one's choosing, which the JDK's HTTP client does not let a caller set. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /" + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String header(String response, String name) {
        for (String line : response.split("\r\n")) {
            if (line.isEmpty()) {
                return null;
            }
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }

}
