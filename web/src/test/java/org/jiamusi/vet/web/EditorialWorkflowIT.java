package org.jiamusi.vet.web;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.cms.audit.AuditEntry;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editorial workflow inside the server, seen from the public site: with the server's
 * transactions, the real projections, and the pages a reader loads.
 */
@ExtendWith(ArquillianExtension.class)
class EditorialWorkflowIT {

    private static final Actor EDITOR = new Actor("editor.it", Set.of(Role.EDITOR), null, Set.of(), "127.0.0.1");
    private static final Actor REVIEWER = new Actor("reviewer.it", Set.of(Role.REVIEWER), null, Set.of(), "127.0.0.1");

    @Deployment
    static WebArchive deployment() {
        return Deployments.site().addClass(EditorialWorkflowIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    ContentService content;

    @Inject
    AuditLog audit;

    @Test
    void pendingRevisionReachesThePublicPageOnlyWhenPublished() throws Exception {
        ContentItem item = content.create(EDITOR, ContentType.PROGRAMME, "it-pending-revision", null, true,
                draft("工业机器人技术"), "new programme");
        content.submitForReview(EDITOR, item.getId());
        content.publish(REVIEWER, item.getId());
        String page = "/zh/programmes/" + content.currentSlugs(item.getId()).get(Language.ZH);
        assertTrue(get(page).contains("工业机器人技术"));

        content.save(EDITOR, item.getId(), content.find(item.getId()).orElseThrow().getCurrentRevision(),
                draft("工业机器人应用与维护"), "new title, pending review");
        String whilePending = get(page);
        assertTrue(whilePending.contains("工业机器人技术"));
        assertFalse(whilePending.contains("工业机器人应用与维护"));

        content.publish(REVIEWER, item.getId());
        assertTrue(get(page).contains("工业机器人应用与维护"), "same address, new title");
        assertEquals(
                java.util.List.of("item.create", "item.save", "workflow.submit", "workflow.publish", "item.save", "workflow.publish"),
                audit.forItem(item.getId()).stream().map(AuditEntry::getAction).toList());
    }

    private static ContentDraft draft(String title) {
        return new ContentDraft(Map.of("level", "HIGHER_VOCATIONAL", "durationYears", "3"),
                Map.of(Language.ZH, Map.of("title", title, "summary", "培养工业机器人操作与运维人才。")));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
