package org.jiamusi.vet.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.content.WorkflowStatus;
import org.jiamusi.vet.cms.dashboard.Dashboard;
import org.jiamusi.vet.cms.dashboard.ItemSummary;
import org.jiamusi.vet.cms.dashboard.TranslationCounts;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** The back office's first page: the editor's drafts, the review queue, translations to do, the schedule and a chart by status. */
@Named
@RequestScoped
public class DashboardView {

    private static final int ROWS = 10;
    /** One colour per workflow state, the same as the status badges in admin.css. */
    private static final Map<WorkflowStatus, String> COLOURS = Map.of(WorkflowStatus.DRAFT, "#8a6d00",
            WorkflowStatus.IN_REVIEW, "#1f5fa8", WorkflowStatus.PUBLISHED, "#1e7a3c", WorkflowStatus.ARCHIVED, "#6b6b6b");

    @Inject
    Dashboard dashboard;

    @Inject
    AdminSession session;

    @Inject
    AdminMessages am;

    private Actor actor;

    private Actor actor() {
        if (actor == null) {
            actor = session.actor();
        }
        return actor;
    }

    public List<ItemSummary> getMyDrafts() {
        return dashboard.myDrafts(actor(), ROWS);
    }

    public List<ItemSummary> getAwaitingReview() {
        return dashboard.awaitingReview(actor(), ROWS);
    }

    public List<ItemSummary> getScheduled() {
        return dashboard.scheduled(actor(), ROWS);
    }

    public List<TranslationCounts> getTranslations() {
        return dashboard.translationCounts(actor());
    }

    public Map<WorkflowStatus, Long> getCounts() {
        return dashboard.countsByStatus(actor());
    }

    /** The Chart.js configuration of the bar chart of items by workflow state, labels in the editor's language. */
    public String getStatusChart() {
        Map<WorkflowStatus, Long> counts = getCounts();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (WorkflowStatus status : WorkflowStatus.values()) {
            labels.add(am.get("dash.status." + status.name()));
            values.add(counts.get(status));
            colours.add(COLOURS.get(status));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", am.get("dash.chart.items"))
                                .add("data", values)
                                .add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** For ICU's date and time formats in the bundles. */
    public Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
