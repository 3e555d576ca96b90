package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalSetCheckTest {

    private static TriageDocument entry(String id, String title) {
        return new TriageDocument(id, null, title, "本文", null, List.of(), null);
    }

    private static EvalQuery query(String id, String text, String... relevant) {
        return new EvalQuery(id, text, List.of(relevant), Map.of(), null, List.of(), null);
    }

    @Test
    void aSoundSetPassesAsItIs() {
        List<TriageDocument> corpus = List.of(entry("A", "地図"), entry("B", "台帳"));
        EvalSetCheck.Checked checked = EvalSetCheck.of(corpus, List.of(query("q1", "地図が出ない", "A"),
                query("q2", "新しい問題")));
        assertEquals(corpus, checked.corpus());
        assertEquals(List.of(), checked.warnings());
    }

    @Test
    void whatWouldChangeTheFiguresWithoutAWordIsSaidOnceWithItsFirstExample() {
        List<TriageDocument> corpus = List.of(entry("A", "一つ目"), entry("B", "台帳"), entry("A", "二つ目"),
                entry("B", "台帳の二つ目"));
        EvalSetCheck.Checked checked = EvalSetCheck.of(corpus, List.of(query("q1", "地図", "A", "Z"),
                query("q2", " ", "B"), query("q3", "台帳", "Y"), query("q1", "地図")));

        assertEquals(List.of("A", "B"), checked.corpus().stream().map(TriageDocument::id).toList(), "one entry per id");
        assertEquals(List.of("二つ目", "台帳の二つ目"), checked.corpus().stream().map(TriageDocument::title).toList(),
                "the later line, as the server's index keeps one entry per id");
        assertEquals(List.of(
                "2 corpus lines repeat an id used before (first: A); the later line is the entry, as one id names one entry",
                "2 queries name a relevant entry the corpus does not hold (first: q1 → Z); it counts as not found",
                "1 query has no text (first: q2); it finds nothing",
                "1 query repeats an id used before (first: q1); each is measured"), checked.warnings());
    }
}
