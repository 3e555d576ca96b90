package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which candidate is a word-for-word repeat of another: same kind, same title, the same score. */
class RepeatedEntriesTest {

    private static final Candidate FIRST = new Candidate("A", TriageDocument.TICKET, "ログインできない", 10.0f);

    @Test
    void aRepeatHasTheKindTitleAndScoreOfTheOther() {
        assertTrue(RepeatedEntries.repeats(FIRST, new Candidate("B", TriageDocument.TICKET, " ログインできない ", 10.0f)),
                "the title is compared stripped");
    }

    @Test
    void anotherScoreKindOrTitleIsNoRepeat() {
        assertFalse(RepeatedEntries.repeats(FIRST, new Candidate("C", TriageDocument.TICKET, "ログインできない", 9.0f)));
        assertFalse(RepeatedEntries.repeats(FIRST, new Candidate("login", "article", "ログインできない", 10.0f)));
        assertFalse(RepeatedEntries.repeats(FIRST, new Candidate("D", TriageDocument.TICKET, "ログインできません", 10.0f)));
    }
}
