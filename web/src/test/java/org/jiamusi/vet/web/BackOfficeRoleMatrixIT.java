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
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every back-office page against every role and an anonymous visitor, each by GET, by a form post and
 * by a PrimeFaces AJAX post: a role without the right gets 403 for all three (anonymous is sent to
 * sign in), a role with it gets the page, and no cell is ever a server error. The expected cells are
 * written out here, not read from web.xml, so that a changed constraint shows up as a failing cell.
 */
@ExtendWith(ArquillianExtension.class)
class BackOfficeRoleMatrixIT {

    private static final String ANONYMOUS = "anonymous";
    private static final String ADMIN = "ADMINISTRATOR";
    private static final String PASSWORD = "frozen-river-lanterns-8817";
    private static final Map<String, String> USERS = Map.of(
            "EDITOR", "it-matrix-editor", "INSTITUTION_EDITOR", "it-matrix-school", "TRANSLATOR", "it-matrix-translator",
            "REVIEWER", "it-matrix-reviewer");
    private static final Set<String> EVERY_ROLE = Set.of(ADMIN, "EDITOR", "INSTITUTION_EDITOR", "TRANSLATOR", "REVIEWER");
    private static final Set<String> WRITERS = Set.of(ADMIN, "EDITOR", "INSTITUTION_EDITOR");

    @Deployment
    static WebArchive deployment() {
        return Deployments.site().addClasses(BackOfficeRoleMatrixIT.class, BackOfficeHttp.class, BackOfficeFixture.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    AccountService accounts;

    @Inject
    ContentService content;

    @Test
    void everyRoleGetsExactlyThePagesItsRightsAllowByGetPostAndAjax() throws Exception {
        long schoolA = content.findByRef(ContentType.INSTITUTION, BackOfficeFixture.SCHOOL_A).orElseThrow().getId();
        long item = content.findByRef(ContentType.PROGRAMME, BackOfficeFixture.PROGRAMME_A).orElseThrow().getId();
        open("EDITOR", EnumSet.of(Role.EDITOR), null, Set.of());
        open("INSTITUTION_EDITOR", EnumSet.of(Role.INSTITUTION_EDITOR), schoolA, Set.of());
        open("TRANSLATOR", EnumSet.of(Role.TRANSLATOR), null, Set.of(org.jiamusi.vet.i18n.Language.RU));
        open("REVIEWER", EnumSet.of(Role.REVIEWER), null, Set.of());

        Map<String, Set<String>> pages = new LinkedHashMap<>();
        pages.put("admin/dashboard", EVERY_ROLE);
        pages.put("admin/content?type=programme", EVERY_ROLE);
        pages.put("admin/edit?id=" + item, EVERY_ROLE);
        pages.put("admin/edit?type=news", WRITERS);
        pages.put("admin/preview?id=" + item + "&lang=ru", EVERY_ROLE);
        pages.put("admin/history?id=" + item, EVERY_ROLE);
        pages.put("admin/password", EVERY_ROLE);
        pages.put("admin/translations?lang=ru", Set.of(ADMIN, "EDITOR", "INSTITUTION_EDITOR", "TRANSLATOR"));
        pages.put("admin/media", WRITERS);
        pages.put("admin/users", Set.of(ADMIN));
        pages.put("admin/audit", Set.of(ADMIN));
        pages.put("admin/reindex", Set.of(ADMIN));

        Map<String, BackOfficeHttp> clients = new LinkedHashMap<>();
        clients.put(ANONYMOUS, BackOfficeHttp.anonymous(base));
        clients.put(ADMIN, BackOfficeHttp.signedIn(base, BackOfficeHttp.ADMIN, BackOfficeHttp.ADMIN_PASSWORD));
        for (Map.Entry<String, String> user : USERS.entrySet()) {
            clients.put(user.getKey(), BackOfficeHttp.signedIn(base, user.getValue(), PASSWORD));
        }

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, Set<String>> page : pages.entrySet()) {
            for (Map.Entry<String, BackOfficeHttp> client : clients.entrySet()) {
                String who = client.getKey();
                boolean allowed = page.getValue().contains(who);
                HttpResponse<String> get = client.getValue().get(page.getKey());
                HttpResponse<String> post = client.getValue().post(page.getKey(), Map.of("form", "form", "jakarta.faces.ViewState", "made-up"));
                HttpResponse<String> ajax = client.getValue().ajax(page.getKey(), allowed ? get.body() : "", "form:save", Map.of());
                cells += 3;
                for (Map.Entry<String, HttpResponse<String>> answer : Map.of("GET", get, "POST", post, "AJAX", ajax).entrySet()) {
                    int status = answer.getValue().statusCode();
                    String cell = who + " " + answer.getKey() + " " + page.getKey() + ": " + status;
                    if (status >= 500) {
                        wrong.add(cell + " (server error)");
                    } else if (who.equals(ANONYMOUS)) {
                        boolean toSignIn = status == 302 && answer.getValue().headers().firstValue("Location").orElse("").contains("/admin/login");
                        if (!toSignIn) {
                            wrong.add(cell + " (anonymous not sent to sign in)");
                        }
                    } else if (!allowed && status != 403 && !(!answer.getKey().equals("GET") && sentBackToThePage(page.getKey(), answer.getValue()))) {
                        wrong.add(cell + " (expected 403)");
                    } else if (allowed && status == 403) {
                        wrong.add(cell + " (refused a role that has the right)");
                    } else if (allowed && answer.getKey().equals("GET") && status != 200) {
                        wrong.add(cell + " (expected the page)");
                    }
                }
            }
        }
        assertEquals(pages.size() * clients.size() * 3, cells);
        assertEquals(List.of(), wrong);
    }

    /**
     * A page that refuses a role itself (a new item for a role that may not create one), rather than
     * the container by web.xml, meets a post with a view state it never issued by opening afresh,
     * which the GET cell shows is a 403.
     */
    private static boolean sentBackToThePage(String page, HttpResponse<String> answer) {
        String path = "/" + page.substring(0, page.indexOf('?') < 0 ? page.length() : page.indexOf('?'));
        return page.startsWith("admin/edit?type=") && (answer.statusCode() == 302
                ? answer.headers().firstValue("Location").orElse("").contains(path)
                : answer.body().contains("<redirect url=\"" + path));
    }

    private void open(String role, Set<Role> roles, Long institution, Set<org.jiamusi.vet.i18n.Language> languages) {
        String username = USERS.get(role);
        if (accounts.find(username).isEmpty()) {
            accounts.create(Actor.system(), new NewAccount(username, username, PASSWORD, roles, institution, languages, false));
        }
    }
}
