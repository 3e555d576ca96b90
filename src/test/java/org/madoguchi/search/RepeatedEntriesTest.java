package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which candidates are word-for-word repeats of a higher-ranked one: same kind, same title, the same score. */
class RepeatedEntriesTest {

    @Test
    void aRepeatHasTheKindTitleAndScoreOfAnEarlierCandidate() {
        List<Candidate> ranked = List.of(
                new Candidate("A", TriageDocument.TICKET, "ログインできない", 10.0f),
                new Candidate("B", TriageDocument.TICKET, " ログインできない ", 10.0f),
                new Candidate("C", TriageDocument.TICKET, "ログインできない", 9.0f),
                new Candidate("login", "article", "ログインできない", 10.0f),
                new Candidate("D", TriageDocument.TICKET, "ログインできない", 10.0f));
        assertEquals(Arrays.asList(null, "A", null, null, "A"), RepeatedEntries.firstOccurrences(ranked),
                "another score or another kind: no repeat; a repeat names the first occurrence");
    }
}
