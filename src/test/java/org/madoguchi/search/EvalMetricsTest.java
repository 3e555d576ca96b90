package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalMetricsTest {

    private static final double EPSILON = 1e-9;

    @Test
    void recallHitAndReciprocalRank() {
        List<String> ranked = List.of("a", "b", "c", "d");
        assertEquals(0.5, EvalMetrics.recallAt(ranked, List.of("b", "x"), 5), EPSILON);
        assertEquals(0.0, EvalMetrics.recallAt(ranked, List.of("b"), 1), EPSILON);
        assertEquals(true, EvalMetrics.hitAt(ranked, List.of("c"), 5));
        assertEquals(false, EvalMetrics.hitAt(ranked, List.of("c"), 2));
        assertEquals(1.0 / 3, EvalMetrics.reciprocalRank(ranked, List.of("c", "d"), 10), EPSILON);
        assertEquals(0.0, EvalMetrics.reciprocalRank(ranked, List.of("d"), 3), EPSILON);
    }

    @Test
    void binaryNdcg() {
        // relevant at ranks 2 and 3 of two relevant: (1/log2 3 + 1/log2 4) / (1 + 1/log2 3)
        double expected = (1 / log2(3) + 1 / log2(4)) / (1 + 1 / log2(3));
        assertEquals(expected, EvalMetrics.ndcgAt(List.of("x", "a", "b"), List.of("a", "b"), Map.of(), 10), EPSILON);
        assertEquals(1.0, EvalMetrics.ndcgAt(List.of("a", "b"), List.of("a", "b"), Map.of(), 10), EPSILON);
    }

    @Test
    void gradedNdcgUsesExponentialGain() {
        // grades a=2 (gain 3), b=1 (gain 1); ranking b, a: (1 + 3/log2 3) / (3 + 1/log2 3)
        double expected = (1 + 3 / log2(3)) / (3 + 1 / log2(3));
        assertEquals(expected, EvalMetrics.ndcgAt(List.of("b", "a"), List.of("a", "b"), Map.of("a", 2, "b", 1), 10),
                EPSILON);
    }

    @Test
    void knownPrecisionAndRecallCountOnlyRightProposals() {
        List<EvalMetrics.Decision> decisions = List.of(
                new EvalMetrics.Decision(true, true, true, 0.9),    // right
                new EvalMetrics.Decision(true, true, false, 0.8),   // known, but the wrong entry proposed
                new EvalMetrics.Decision(false, true, false, 0.7),  // a new issue claimed known
                new EvalMetrics.Decision(true, false, true, 0.2),   // missed
                new EvalMetrics.Decision(false, false, false, 0.1));
        assertEquals(1.0 / 3, EvalMetrics.knownPrecision(decisions), EPSILON);
        assertEquals(1.0 / 3, EvalMetrics.knownRecall(decisions), EPSILON);
        // best threshold with precision >= 0.5: above 0.8 (1 of 1 right), recall 1/3; at 0.2: 2 of 4, recall 2/3
        assertEquals(2.0 / 3, EvalMetrics.recallAtPrecision(decisions, 0.5), EPSILON);
        assertEquals(1.0 / 3, EvalMetrics.recallAtPrecision(decisions, 0.9), EPSILON);
    }

    @Test
    void percentilesUseNearestRank() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0);
        assertEquals(3.0, EvalMetrics.percentile(values, 0.5), EPSILON);
        assertEquals(5.0, EvalMetrics.percentile(values, 0.99), EPSILON);
        assertEquals(0.0, EvalMetrics.percentile(List.of(), 0.5), EPSILON);
    }

    @Test
    void summaryAveragesOverJudgedQueriesOnly() {
        EvalMetrics metrics = new EvalMetrics();
        Candidate a = new Candidate("a", null, null, 1f);
        metrics.add(query("q1", List.of("a"), true), List.of("a", "b"),
                new TriageProposal(TriageProposal.Decision.KNOWN, 0.9, a, ProposalFeatures.NONE), 1.0);
        metrics.add(query("q2", List.of("c"), true), List.of("a", "c"),
                new TriageProposal(TriageProposal.Decision.NEW, 0.1, a, ProposalFeatures.NONE), 2.0);
        metrics.add(query("q3", List.of(), false), List.of("a"),
                new TriageProposal(TriageProposal.Decision.KNOWN, 0.8, a, ProposalFeatures.NONE), 3.0);
        Map<String, Object> summary = metrics.summary();
        assertEquals(3, summary.get("queries"));
        assertEquals(2, summary.get("judged"));
        assertEquals(0.5, (double) summary.get("hit@1"), EPSILON);
        assertEquals(1.0, (double) summary.get("hit@5"), EPSILON);
        assertEquals(0.75, (double) summary.get("mrr@10"), EPSILON);
        assertEquals(0.5, (double) summary.get("known_precision"), EPSILON);
        assertEquals(0.5, (double) summary.get("known_recall"), EPSILON);
        assertEquals(2.0, (double) summary.get("p50_ms"), EPSILON);
    }

    @Test
    void historyIsAppendedToTheLinkedEntries() {
        List<TriageDocument> corpus = List.of(
                new TriageDocument("a", null, "t", "b", null, List.of(), null),
                new TriageDocument("b", null, "t", "b", null, List.of(), null));
        List<EvalQuery> history = List.of(query("h1", List.of("a"), true), query("h2", List.of(), false),
                new EvalQuery("h3", "t\nb", List.of("a", "b"), Map.of(), true, List.of(), (Instant) null));
        List<TriageDocument> replayed = TriageEval.replayHistory(corpus, history);
        assertEquals(List.of("text of h1"), replayed.get(0).askedAs(), "an inquiry in an entry's own words teaches it nothing");
        assertEquals(List.of(), replayed.get(1).askedAs());
    }

    private static EvalQuery query(String id, List<String> relevant, Boolean known) {
        return new EvalQuery(id, "text of " + id, relevant, Map.of(), known, List.of(), (Instant) null);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
