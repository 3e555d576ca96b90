package org.madoguchi.triage.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the console's search folds a recurring issue's copies into one row, and where the next page starts. */
class CopyFoldingTest {

    /** Entries by id; the same letter before the dash is the same wording, an id without a dash is never a copy. */
    private static String key(String id) {
        return id.contains("-") ? id.substring(0, id.indexOf('-')) : null;
    }

    private static Map<String, List<String>> shown(CopyFolding.Folded<String> folded) {
        var shown = new LinkedHashMap<String, List<String>>();
        folded.groups().forEach(g -> shown.put(g.first(), g.copies()));
        return shown;
    }

    @Test
    void copiesAreListedUnderTheFirstAndThePageStillShowsItsSize() {
        var folded = CopyFolding.fold(List.of("a-1", "a-2", "b-1", "a-3", "c-1", "d-1", "e-1"),
                CopyFoldingTest::key, 3);
        assertEquals(Map.of("a-1", List.of("a-2", "a-3"), "b-1", List.of(), "c-1", List.of()), shown(folded));
        assertEquals(List.of("a-1", "b-1", "c-1"), List.copyOf(shown(folded).keySet()), "rank order kept");
        assertEquals(5, folded.read(), "the next page starts at d-1");
    }

    @Test
    void aCopyAfterAFullPageIsLeftForTheNextPage() {
        var folded = CopyFolding.fold(List.of("a-1", "b-1", "c-1", "a-2"), CopyFoldingTest::key, 2);
        assertEquals(Map.of("a-1", List.of(), "b-1", List.of()), shown(folded));
        assertEquals(2, folded.read());
    }

    @Test
    void entriesWithoutAKeyAreNeverFolded() {
        var folded = CopyFolding.fold(List.of("kb1", "kb1", "x-1"), CopyFoldingTest::key, 10);
        assertEquals(3, folded.groups().size(), "articles (no key) each take a row, even with equal ids");
        assertEquals(3, folded.read());
    }

    @Test
    void fewerEntriesThanAPageAreAllRead() {
        var folded = CopyFolding.fold(List.of("a-1", "a-2", "a-3"), CopyFoldingTest::key, 20);
        assertEquals(Map.of("a-1", List.of("a-2", "a-3")), shown(folded));
        assertEquals(3, folded.read());
        assertEquals(0, CopyFolding.fold(List.<String>of(), CopyFoldingTest::key, 20).read());
    }

    @Test
    void theKeyComparesEveryPartAndTakesAMissingAnswerAsEmpty() {
        assertEquals(CopyFolding.keyOf("件名", "内容", null, "CLOSED"), CopyFolding.keyOf("件名", "内容", "", "CLOSED"));
        assertEquals(false, CopyFolding.keyOf("件名", "内容", "回答", "CLOSED")
                .equals(CopyFolding.keyOf("件名", "内容", "回答", "ANSWERED")), "another status is another row");
    }
}
