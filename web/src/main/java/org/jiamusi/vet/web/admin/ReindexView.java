package org.jiamusi.vet.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.search.ReindexProgress;
import org.jiamusi.vet.search.Reindexing;

import java.time.Instant;
import java.util.Date;

/** Rebuilding the search index: a button for the administrator, and the progress bar polls {@link #getPercent()}. */
@Named
@RequestScoped
public class ReindexView {

    @Inject
    Reindexing reindexing;

    @Inject
    AdminSession session;

    public void start() {
        reindexing.start(session.actor());
    }

    public ReindexProgress getProgress() {
        return reindexing.progress();
    }

    public int getPercent() {
        return reindexing.progress().percent();
    }

    public Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
