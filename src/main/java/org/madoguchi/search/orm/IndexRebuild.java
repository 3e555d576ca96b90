package org.madoguchi.search.orm;

import java.time.Instant;

/**
 * How far a rebuild of the search index has got.
 *
 * @param requestedBy the account that asked for it, or null when the server started it
 * @param finishedAt  null while it runs
 * @param failure     what stopped it, or null
 */
public record IndexRebuild(RebuildReason reason, String requestedBy, Instant startedAt, long total, long done,
                           Instant finishedAt, String failure) {

    static IndexRebuild started(RebuildReason reason, String requestedBy, Instant at) {
        return new IndexRebuild(reason, requestedBy, at, 0, 0, null, null);
    }

    IndexRebuild progressed(long newTotal, long newDone) {
        return new IndexRebuild(reason, requestedBy, startedAt, newTotal, newDone, null, null);
    }

    IndexRebuild ended(long newTotal, long newDone, String why, Instant at) {
        return new IndexRebuild(reason, requestedBy, startedAt, newTotal, newDone, at, why);
    }

    public boolean finished() {
        return finishedAt != null;
    }

    public int percent() {
        return finished() ? 100 : total <= 0 ? 0 : (int) Math.min(99, 100 * done / total);
    }

    public boolean isRunning() {
        return !finished();
    }
}
