package org.madoguchi.search.orm;

/** How far a rebuild of the search index has got. */
public record IndexRebuild(String reason, long total, long done, boolean finished, String failure) {

    public int percent() {
        return finished ? 100 : total <= 0 ? 0 : (int) Math.min(99, 100 * done / total);
    }

    public boolean isRunning() {
        return !finished;
    }
}
