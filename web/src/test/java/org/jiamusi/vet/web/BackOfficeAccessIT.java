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
import org.jiamusi.vet.cms.media.MediaLibrary;
import org.jiamusi.vet.cms.media.MediaSummary;
import org.jiamusi.vet.cms.media.MediaUpload;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may reach which back-office page is decided by the server, whatever links the page shows: a
 * request without the role, a GET, a form post or an AJAX post, is answered 403 (or sent to sign in)
 * and never reaches the page. Each refusal is paired with a user who is let in, so the test fails if
 * a page is simply broken rather than guarded.
 */
@ExtendWith(ArquillianExtension.class)
class BackOfficeAccessIT {

    private static final String TRANSLATOR = "it-access-translator";
    private static final String EDITOR = "it-access-editor";
    private static final String REVIEWER = "it-access-reviewer";
    private static final String PASSWORD = "songhua-river-at-dawn-1";

    @Deployment
    static WebArchive deployment() {
        return Deployments.site().addClasses(BackOfficeAccessIT.class, BackOfficeHttp.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    AccountService accounts;

    @Inject
    MediaLibrary media;

    @BeforeEach
    void accounts() {
        open(TRANSLATOR, Set.of(Role.TRANSLATOR), Set.of(Language.RU));
        open(EDITOR, Set.of(Role.EDITOR), Set.of());
        open(REVIEWER, Set.of(Role.REVIEWER), Set.of());
    }

    private void open(String username, Set<Role> roles, Set<Language> languages) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(Actor.system(), new NewAccount(username, username, PASSWORD, roles, null, languages, false));
        }
    }

    @Test
    void aTranslatorIsRefusedTheAdministrationPagesAndTheirPostsButMayUseTheTranslationDesk() throws Exception {
        BackOfficeHttp translator = BackOfficeHttp.signedIn(base, TRANSLATOR, PASSWORD);

        for (String page : List.of("admin/users", "admin/users.xhtml", "admin/audit", "admin/reindex", "admin/media")) {
            assertEquals(403, translator.get(page).statusCode(), page);
        }
        // A form post and a PrimeFaces AJAX post (the reindex page's progress poll) are refused alike,
        // before Faces could look at the view state.
        assertEquals(403, translator.post("admin/users", Map.of("create", "create", "create:newUsername", "intruder",
                "create:createAccount", "create:createAccount", "jakarta.faces.ViewState", "stateless")).statusCode());
        assertEquals(403, translator.post("admin/reindex", Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "reindex:start", "jakarta.faces.partial.execute", "@all",
                "jakarta.faces.ViewState", "stateless")).statusCode());
        assertTrue(accounts.find("intruder").isEmpty());

        HttpResponse<String> desk = translator.get("admin/translations");
        assertEquals(200, desk.statusCode());
        assertTrue(desk.body().contains("desk-"), "the translation desk is rendered");
    }

    @Test
    void addressesThatOnlyLookDifferentAreRefusedToo() throws Exception {
        BackOfficeHttp translator = BackOfficeHttp.signedIn(base, TRANSLATOR, PASSWORD);

        for (String page : List.of("admin//users", "admin/./users", "admin/x/../users", "admin/users;x=1",
                "admin/users.xhtml;x=1", "admin/users/", "admin/%75sers")) {
            HttpResponse<String> answer = translator.get(page);
            assertTrue(answer.statusCode() == 403 || answer.statusCode() == 404 || answer.statusCode() == 400,
                    page + " answered " + answer.statusCode());
            assertFalse(answer.body().contains(EDITOR) || answer.body().contains("create:newUsername"), page + " showed the users page");
        }
    }

    @Test
    void anEditorMayUseTheMediaLibraryButNotTheAdministration() throws Exception {
        BackOfficeHttp editor = BackOfficeHttp.signedIn(base, EDITOR, PASSWORD);

        assertEquals(200, editor.get("admin/media").statusCode());
        assertEquals(403, editor.get("admin/users").statusCode());
        assertEquals(403, editor.get("admin/audit").statusCode());
        assertEquals(403, editor.get("admin/reindex").statusCode());
    }

    @Test
    void aReviewerIsRefusedTheTranslationDeskAndTheMediaLibrary() throws Exception {
        BackOfficeHttp reviewer = BackOfficeHttp.signedIn(base, REVIEWER, PASSWORD);

        assertEquals(403, reviewer.get("admin/translations").statusCode());
        assertEquals(403, reviewer.get("admin/media").statusCode());
        assertEquals(200, reviewer.get("admin/dashboard").statusCode());
    }

    @Test
    void aWorkingMediaFileIsServedToTheBackOfficeOnlyAndAnonymousIsSentToSignIn() throws Exception {
        long id = media.upload(Actor.system(), new MediaUpload("access-test.png", BackOfficeHttp.picture(),
                Map.of(Language.ZH, "测试图片", Language.RU, "Тестовое изображение", Language.EN, "Test picture"),
                Map.of(), null)).getId();

        HttpResponse<String> anonymous = BackOfficeHttp.anonymous(base).get("admin/media-file/" + id);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/admin/login"));
        assertEquals(302, BackOfficeHttp.anonymous(base).get("admin/media-file/" + id + "?thumb=1").statusCode());
        // Not published, so the public address does not have it either.
        assertEquals(404, BackOfficeHttp.anonymous(base).get("media/" + id + "/access-test.png").statusCode());

        HttpResponse<String> signedIn = BackOfficeHttp.signedIn(base, TRANSLATOR, PASSWORD).get("admin/media-file/" + id);
        assertEquals(200, signedIn.statusCode());
        assertEquals("image/png", signedIn.headers().firstValue("Content-Type").orElse(""));
        assertTrue(media.usages(id).isEmpty());
        MediaSummary stored = media.find(Actor.system(), id).orElseThrow();
        assertEquals("access-test.png", stored.fileName());
    }

    @Test
    void anonymousIsSentToSignInFromEveryBackOfficePageAndPost() throws Exception {
        BackOfficeHttp anonymous = BackOfficeHttp.anonymous(base);
        for (String page : List.of("admin/", "admin/dashboard", "admin/translations", "admin/media", "admin/users", "admin/audit", "admin/reindex")) {
            HttpResponse<String> answer = anonymous.get(page);
            assertEquals(302, answer.statusCode(), page);
            assertTrue(answer.headers().firstValue("Location").orElse("").contains("/admin/login"), page);
        }
        HttpResponse<String> post = anonymous.post("admin/users", Map.of("create", "create", "create:newUsername", "intruder"));
        assertTrue(post.statusCode() == 302 || post.statusCode() == 401 || post.statusCode() == 403, "answered " + post.statusCode());
        assertTrue(accounts.find("intruder").isEmpty());
    }

}
