package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every back-office address over plain HTTP: without sign-in a page, a form post or an AJAX post is
 * sent to the sign-in page and answers nothing else; signed in with a role that does not allow it,
 * the answer is 403; public pages still set no session cookie.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackOfficeSecurityIT {

    private static final List<String> PAGES = List.of("admin/", "admin/index.xhtml", "admin/content?type=programme",
            "admin/content.xhtml?type=news", "admin/edit?type=programme", "admin/edit?id=1", "admin/edit.xhtml?id=1",
            "admin/history?id=1", "admin/preview?id=1&lang=ru", "admin/anything-else");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site().addClass(BackOfficeFixture.class);
    }

    @ArquillianResource
    URL base;

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
        assertThat(messageOf(refused)).contains("15");
        HttpResponse<String> afterwards = get(client, "admin/");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login");
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
