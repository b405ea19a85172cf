package org.jiamusi.vet.search;

import java.time.Instant;

/**
 * Where a reindexing run stands, for the progress bar.
 *
 * @param total  the entities to index, as far as counted yet (0 until the indexer has counted them)
 * @param done   the entities indexed so far
 * @param failure the reason the run failed, null while it runs and when it succeeded
 */
public record ReindexProgress(boolean running, long total, long done, String startedBy, Instant startedAt,
                              Instant finishedAt, String failure) {

    public static final ReindexProgress NEVER = new ReindexProgress(false, 0, 0, null, null, null, null);

    /** From 0 to 100; 100 once a run has finished. */
    public int percent() {
        if (!running && finishedAt != null && failure == null) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
    }
}
