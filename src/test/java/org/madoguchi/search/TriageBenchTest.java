package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's inputs are deterministic and its statistics are the usual ones. */
class TriageBenchTest {

    @Test
    void theSyntheticHistoryIsTheSameForTheSameSeed() {
        SyntheticTickets a = new SyntheticTickets(42);
        SyntheticTickets b = new SyntheticTickets(42);
        assertEquals(a.ticket(123_456), b.ticket(123_456));
        assertNotEquals(a.ticket(1).body(), a.ticket(2).body());
        assertNotEquals(a.ticket(5), new SyntheticTickets(7).ticket(5));
        assertTrue(a.inquiryAbout(99).contains(a.ticket(99).title()), "an inquiry asks about its ticket's issue");
    }

    @Test
    void theTwoPathsAreTimedQueryByQueryInAlternatingOrder() throws Exception {
        List<String> calls = new ArrayList<>();
        double[][] timed = TriageBench.timeSideBySide(new String[] {"q1", "q2", "q3"},
                q -> calls.add("product " + q), q -> calls.add("bare " + q));
        assertEquals(List.of("product q1", "bare q1", "bare q2", "product q2", "product q3", "bare q3"), calls,
                "neither path always runs second, on what the other warmed");
        assertEquals(3, timed[0].length);
        assertEquals(3, timed[1].length);

        calls.clear();
        TriageBench.timeSideBySide(new String[] {"q1", "q2"}, q -> calls.add("a " + q), q -> calls.add("b " + q),
                q -> calls.add("c " + q));
        assertEquals(List.of("a q1", "b q1", "c q1", "b q2", "c q2", "a q2"), calls, "three ways take turns");
    }

    @Test
    void percentilesAndTheLikeWord() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, TriageBench.pct(sorted, 50));
        assertEquals(10, TriageBench.pct(sorted, 99));
        assertEquals("マンホール", TriageBench.longestWord("昨日からマンホールが表示されない。"));
    }
}
