package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jiamusi.vet.cms.content.ValidationMessages;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every back-office address over plain HTTP: without sign-in a page, a form post or an AJAX post is
 * sent to the sign-in page and answers nothing else; signed in with a role that does not allow it,
 * the answer is 403; public pages still set no session cookie.
 */
class BackOfficeSecurityIT extends DeployedSiteTest {

    private static final List<String> PAGES = List.of("admin/", "admin/index.xhtml", "admin/content?type=programme",
            "admin/content.xhtml?type=news", "admin/edit?type=programme", "admin/edit?id=1", "admin/edit.xhtml?id=1",
            "admin/history?id=1", "admin/preview?id=1&lang=ru", "admin/anything-else");
    /** Other offices, as the server sees them: loopback addresses of their own (see {@link LoopbackVisitor}). */
    private static final String STRANGER = "127.0.0.2";
    private static final String SPRAYER = "127.0.0.3";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site().addClass(BackOfficeFixture.class);
    }

    @Test
    void everyBackOfficeAddressSendsAnAnonymousVisitorToSignIn() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String page : PAGES) {
            HttpResponse<String> get = anonymous.send(HttpRequest.newBuilder(URI.create(base + page)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).as(page).isEqualTo(302);
            assertThat(get.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/admin/login");

            HttpResponse<String> ajax = anonymous.send(HttpRequest.newBuilder(URI.create(base + page))
                    .header("Faces-Request", "partial/ajax")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true&list%3AbulkPublish=x&list%3Arows_selection=1"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ajax.statusCode()).as("AJAX post to " + page).isIn(302, 401, 403);
            assertThat(ajax.body()).as(page).doesNotContain("<partial-response");
        }
        HttpResponse<String> login = anonymous.send(HttpRequest.newBuilder(URI.create(base + "admin/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedInUserIsRefusedWhatTheirRoleDoesNotAllow() throws Exception {
        HttpClient translator = signedIn(BackOfficeFixture.TRANSLATOR);
        assertThat(get(translator, "admin/").statusCode()).isEqualTo(200);
        HttpResponse<String> create = get(translator, "admin/edit?type=programme");
        assertThat(create.statusCode()).as("a translator creates nothing").isEqualTo(403);

        HttpClient school = signedIn(BackOfficeFixture.SCHOOL_A_EDITOR);
        HttpResponse<String> other = get(school, "admin/edit?type=programme&ref=" + BackOfficeFixture.PROGRAMME_B);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).doesNotContain(BackOfficeFixture.PROGRAMME_B_TITLE);
        assertThat(get(school, "admin/edit?type=programme&ref=" + BackOfficeFixture.PROGRAMME_A).statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordsAreRefusedAlikeAndSayThatTheAccountLocks() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();
        String refused = refusedPage(client, postLogin(client, BackOfficeFixture.REVIEWER, "not-the-password-at-all"));
        String unknown = refusedPage(client, postLogin(client, "nobody.at.all", "not-the-password-at-all"));
        assertThat(messageOf(unknown)).as("an unknown user and a wrong password read the same").isEqualTo(messageOf(refused));
        // the README's rule: five wrong passwords in a row from one address lock the account there for 15 minutes
        assertThat(messageOf(refused)).as("the refusal says after how many wrong passwords the account locks, and for how long")
                .containsPattern("(?<!\\d)5(?!\\d)").containsPattern("(?<!\\d)15(?!\\d)");
        HttpResponse<String> afterwards = get(client, "admin/");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login");
    }

    @Test
    void theAdministratorStillSignsInAfterAStrangersFiveWrongPasswordsFromAnotherAddress() throws Exception {
        LoopbackVisitor stranger = new LoopbackVisitor(base, STRANGER);
        for (int attempt = 1; attempt <= 5; attempt++) {
            LoopbackVisitor.Response refused = stranger.signIn(BackOfficeHttp.ADMIN, "a guess of the stranger " + attempt);
            assertThat(refused.status()).as("wrong password " + attempt).isEqualTo(302);
            assertThat(refused.header("Location").orElseThrow()).contains("/admin/login?refused=true");
        }
        LoopbackVisitor.Response locked = stranger.signIn(BackOfficeHttp.ADMIN, BackOfficeHttp.ADMIN_PASSWORD);
        assertThat(locked.header("Location").orElseThrow()).as("the stranger's address is locked out, even with the right password")
                .contains("/admin/login?refused=true");

        BackOfficeHttp admin = BackOfficeHttp.signedIn(base, BackOfficeHttp.ADMIN, BackOfficeHttp.ADMIN_PASSWORD);

        // The administrator sees the lock on /admin/users and lifts it; then the right password works from there too.
        HttpResponse<String> users = admin.get("admin/users");
        Matcher unlock = Pattern.compile("<td>" + BackOfficeHttp.ADMIN + "</td>((?!</tr>).)*?id=\"([^\"]+:unlock)\"", Pattern.DOTALL)
                .matcher(users.body());
        assertThat(unlock.find()).as("an unlock link on the administrator's row").isTrue();
        HttpResponse<String> unlocked = admin.post("admin/users", Map.of("users", "users", unlock.group(2), unlock.group(2),
                "jakarta.faces.ViewState", BackOfficeHttp.viewState(users.body())));
        assertThat(unlocked.statusCode()).isEqualTo(200);
        assertThat(unlocked.body()).doesNotContain(":unlock\"");
        LoopbackVisitor.Response signedIn = stranger.signIn(BackOfficeHttp.ADMIN, BackOfficeHttp.ADMIN_PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location").orElseThrow()).endsWith("/admin/");
        assertThat(admin.get("admin/audit").body()).contains(BackOfficeHttp.ADMIN);
    }

    @Test
    void anAddressThatTriedTooOftenIsToldToWaitWith429AndTheOthersAreNot() throws Exception {
        LoopbackVisitor sprayer = new LoopbackVisitor(base, SPRAYER);
        for (int attempt = 1; attempt <= 10; attempt++) {
            LoopbackVisitor.Response refused = sprayer.signIn("sprayed.user." + attempt, "Summer2026!!");
            assertThat(refused.header("Location").orElseThrow()).as("attempt " + attempt).contains("/admin/login?refused=true");
        }

        // One attempt comes back every six seconds, and those ten took a few: use them up.
        boolean throttled = false;
        for (int attempt = 11; attempt <= 20 && !throttled; attempt++) {
            throttled = sprayer.signIn("sprayed.user." + attempt, "Summer2026!!").header("Location").orElseThrow()
                    .contains("throttled=true");
        }
        assertThat(throttled).as("throttled within ten more attempts").isTrue();

        LoopbackVisitor.Response rightPassword = sprayer.signIn(BackOfficeFixture.EDITOR, BackOfficeFixture.PASSWORD);

        assertThat(rightPassword.status()).isEqualTo(302);
        String location = rightPassword.header("Location").orElseThrow();
        assertThat(location).as("the right password of a real account, but from an address that tried too often")
                .contains("/admin/login?throttled=true");
        LoopbackVisitor.Response told = sprayer.get(sprayer.pathOf(location));
        assertThat(told.status()).isEqualTo(429);
        assertThat(Integer.parseInt(told.header("Retry-After").orElseThrow())).isBetween(1, 6);
        assertThat(messageOf(told.body())).contains("登录尝试过于频繁").doesNotContain("???");
        assertThat(told.body()).contains("jakarta.faces.ViewState");

        BackOfficeHttp.signedIn(base, BackOfficeFixture.EDITOR, BackOfficeFixture.PASSWORD);
    }

    @Test
    void aWeakNewPasswordIsRefusedAtThePasswordPageWithItsReason() throws Exception {
        BackOfficeHttp reviewer = BackOfficeHttp.signedIn(base, BackOfficeFixture.REVIEWER, BackOfficeFixture.PASSWORD);
        Map<String, String> reasons = Map.of(
                "aaaaaaaaaaaa", "account.password.pattern",
                "password1234", "account.password.common",
                "qwertyuiopas", "account.password.common");
        for (Map.Entry<String, String> weak : reasons.entrySet()) {
            HttpResponse<String> form = reviewer.get("admin/password");
            assertThat(form.statusCode()).isEqualTo(200);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("password", "password");
            fields.put("password:current", BackOfficeFixture.PASSWORD);
            fields.put("password:replacement", weak.getKey());
            fields.put("password:repeated", weak.getKey());
            fields.put("password:change", "x");
            fields.put("jakarta.faces.ViewState", BackOfficeHttp.viewState(form.body()));

            HttpResponse<String> refused = reviewer.post("admin/password", fields);

            assertThat(refused.statusCode()).as(weak.getKey()).isEqualTo(200);
            assertThat(refused.body()).as(weak.getKey())
                    .contains(ValidationMessages.format(weak.getValue(), Map.of(), Language.ZH));
        }
        BackOfficeHttp.signedIn(base, BackOfficeFixture.REVIEWER, BackOfficeFixture.PASSWORD);
    }

    @Test
    void publicPagesStillSetNoSessionCookie() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String page : List.of("zh/", "ru/programmes", "en/news")) {
            HttpResponse<String> response = get(anonymous, page);
            assertThat(response.headers().allValues("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
    }

    // ------------------------------------------------------------ helpers

    private HttpClient signedIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();
        HttpResponse<String> response = postLogin(client, username, BackOfficeFixture.PASSWORD);
        assertThat(response.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/admin/");
        return client;
    }

    /** A refused sign-in goes back to the form, which then says why. */
    private String refusedPage(HttpClient client, HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/admin/login?refused=true");
        return client.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(location)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpResponse<String> postLogin(HttpClient client, String username, String password) throws Exception {
        HttpResponse<String> form = get(client, "admin/login");
        Matcher viewState = VIEW_STATE.matcher(form.body());
        assertThat(viewState.find()).isTrue();
        String body = "login=login&signIn=x&username=" + encode(username) + "&password=" + encode(password)
                + "&jakarta.faces.ViewState=" + encode(viewState.group(1));
        return client.send(HttpRequest.newBuilder(URI.create(base + "admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String messageOf(String page) {
        Matcher summary = Pattern.compile("ui-messages-error-summary\">([^<]*)").matcher(page);
        Matcher detail = Pattern.compile("ui-messages-error-detail\">([^<]*)").matcher(page);
        return (summary.find() ? summary.group(1) : "") + " " + (detail.find() ? detail.group(1) : "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
