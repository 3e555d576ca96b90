package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistorySplitTest {

    private static EvalQuery query(String id, String... relevant) {
        return new EvalQuery(id, "text of " + id, List.of(relevant), Map.of(), relevant.length > 0, List.of(), null);
    }

    private static final List<EvalQuery> QUERIES = List.of(query("q1", "B"), query("q2", "A"), query("q3", "B"),
            query("q4", "A", "B"), query("n1"), query("q5", "C"), query("q6", "B"));

    private static List<String> ids(List<EvalQuery> queries) {
        return queries.stream().map(EvalQuery::id).toList();
    }

    @Test
    void sameReplaysEveryOtherWordingOfEachQuestion() {
        HistorySplit.Halves halves = HistorySplit.split(QUERIES, HistorySplit.Mode.SAME);
        assertEquals(List.of("q1", "q2", "q5", "q6"), ids(halves.history()));
        assertEquals(List.of("q3", "q4", "n1"), ids(halves.measured()), "new issues are always measured");
    }

    @Test
    void otherReplaysTheQuestionsOfEveryOtherEntry() {
        HistorySplit.Halves halves = HistorySplit.split(QUERIES, HistorySplit.Mode.OTHER);
        assertEquals(List.of("q2", "q4", "q5"), ids(halves.history()), "entries A and C, grouped by first relevant");
        assertEquals(List.of("q1", "q3", "n1", "q6"), ids(halves.measured()));
    }

    @Test
    void anUnknownModeIsNamed() {
        assertEquals(HistorySplit.Mode.OTHER, HistorySplit.Mode.of(" Other "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HistorySplit.Mode.of("half"));
        assertEquals("--history-split takes same or other, not half", e.getMessage());
    }
}
