package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeftOutAnswersTest {

    private static final Instant ASKED = Instant.parse("2026-04-01T09:00:00Z");

    @Test
    void eachAnsweredQueryGetsACopyThatNothingAnswers() {
        EvalQuery answered = new EvalQuery("q1", "印刷できない", List.of("K1", "K2"), Map.of("K1", 2), null,
                List.of("self"), ASKED);
        List<EvalQuery> out = LeftOutAnswers.added(List.of(answered));

        assertEquals(2, out.size());
        EvalQuery known = out.get(0);
        assertEquals("q1", known.id());
        assertTrue(known.known(), "a set that does not say: a query with an answer is a known issue");
        assertEquals(List.of("K1", "K2"), known.relevant());

        EvalQuery leftOut = out.get(1);
        assertEquals("q1~left-out", leftOut.id());
        assertEquals("印刷できない", leftOut.text());
        assertFalse(leftOut.known());
        assertEquals(List.of(), leftOut.relevant());
        assertEquals(Map.of(), leftOut.grades());
        assertEquals(List.of("self", "K1", "K2"), leftOut.exclude(), "its answers can no longer be found");
        assertEquals(ASKED, leftOut.created());
    }

    @Test
    void aSetsOwnNewIssuesStayAsTheyAre() {
        EvalQuery fresh = new EvalQuery("n1", "DXFで書き出したい", List.of(), Map.of(), false, List.of(), null);
        assertEquals(List.of(fresh), LeftOutAnswers.added(List.of(fresh)));
    }

    @Test
    void theLeftOutCopiesAreCountedAsNewIssuesByTheMetrics() {
        EvalQuery answered = new EvalQuery("q1", "text", List.of("K1"), Map.of(), null, List.of(), null);
        List<EvalQuery> out = LeftOutAnswers.added(List.of(answered));
        EvalMetrics metrics = new EvalMetrics();
        // proposed "known" both times, with K2 the copy's best remaining entry: the copy's proposal is wrong
        metrics.add(out.get(0), List.of("K1"), known("K1"), 1);
        metrics.add(out.get(1), List.of("K2"), known("K2"), 1);
        Map<String, Object> summary = metrics.summary();
        assertEquals(1, summary.get("judged"), "ranking metrics count the answered query only");
        assertEquals(0.5, (double) summary.get("known_precision"), 1e-9);
        assertEquals(1.0, (double) summary.get("known_recall"), 1e-9);
    }

    private static TriageProposal known(String id) {
        return new TriageProposal(TriageProposal.Decision.KNOWN, 0.9, new Candidate(id, "ticket", id, 1f),
                ProposalFeatures.NONE);
    }
}
