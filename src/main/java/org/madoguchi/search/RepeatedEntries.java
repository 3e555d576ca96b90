package org.madoguchi.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Past tickets that repeat one another word for word: a recurring issue reported again and again in the same
 * words. Such copies score exactly alike; read as "a second candidate as good as the first" they would make the
 * best-known issues look doubtful, so the known/new proposal measures its margin to the next issue instead, and the
 * triage panel lists them under the first.
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

    /** For each candidate in rank order, the id of the earlier one it repeats, or null. */
    public static List<String> firstOccurrences(List<Candidate> ranked) {
        List<String> first = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            String of = null;
            for (int j = 0; j < i && of == null; j++) {
                of = first.get(j) == null && repeats(ranked.get(j), ranked.get(i)) ? ranked.get(j).id() : null;
            }
            first.add(of);
        }
        return first;
    }
}
