package org.madoguchi.search;

import java.util.Objects;

/**
 * Past tickets that repeat one another word for word: a recurring issue reported again and again in the same
 * words. Such copies score exactly alike; read as "a second candidate as good as the first" they would make the
 * best-known issues look doubtful, so the known/new proposal measures its margin to the next issue instead. (The
 * triage panel lists copies under the first by their texts in the database, not by their scores.)
 */
public final class RepeatedEntries {

    /** Scores this close (relative) count as equal: BM25 gives copies of the same text the very same float. */
    private static final double SAME_SCORE = 1e-6;

    private RepeatedEntries() {
    }

    /** Whether {@code b} is {@code a} written again: same kind, same title, the same score for the inquiry. */
    public static boolean repeats(Candidate a, Candidate b) {
        return Objects.equals(a.kind(), b.kind()) && a.title() != null && b.title() != null
                && a.title().strip().equals(b.title().strip())
                && Math.abs(a.score() - b.score()) <= SAME_SCORE * Math.max(Math.abs(a.score()), 1e-9);
    }
}
