package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type of the public site in zh, ru and en, with the seeded content: it answers (200, or
 * 404 for the page-not-found page), in the page's language, and starts no server session.
 */
class EveryPageIT extends DeployedSiteTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site();
    }

    @Test
    void everyPageTypeAnswersInEveryLanguageWithoutASession() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String lang : SitePages.LANGUAGES) {
            for (SitePages.SitePage page : SitePages.of(base, lang)) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + page.path())).build(),
                        HttpResponse.BodyHandlers.ofString());
                pages++;
                int expected = page.name().endsWith("-not-found") ? 404 : 200;
                if (answer.statusCode() != expected) {
                    problems.add(page.name() + ": " + answer.statusCode() + " instead of " + expected);
                }
                if (!Pattern.compile("<html[^>]*\\slang=\"" + lang + "\"").matcher(answer.body()).find()) {
                    problems.add(page.name() + ": not marked as " + lang);
                }
                if (answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                    problems.add(page.name() + ": starts a server session");
                }
            }
        }
        assertThat(pages).isEqualTo(3 * 17);
        assertThat(problems).isEmpty();
    }

    /** An editor looking at the public site carries the back office's session cookie to every page. */
    @Test
    void everyPageTypeAnswersInEveryLanguageToASignedInEditor() throws Exception {
        BackOfficeHttp editor = BackOfficeHttp.signedIn(base, BackOfficeHttp.ADMIN, BackOfficeHttp.ADMIN_PASSWORD);
        assertThat(editor.sessionId()).isNotNull();
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String lang : SitePages.LANGUAGES) {
            for (SitePages.SitePage page : SitePages.of(base, lang)) {
                HttpResponse<String> answer = editor.get(page.path());
                pages++;
                int expected = page.name().endsWith("-not-found") ? 404 : 200;
                if (answer.statusCode() != expected) {
                    problems.add(page.name() + ": " + answer.statusCode() + " instead of " + expected);
                }
            }
        }
        assertThat(pages).isEqualTo(3 * 17);
        assertThat(problems).isEmpty();
    }
}
