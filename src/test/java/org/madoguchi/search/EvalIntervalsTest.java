package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EvalIntervalsTest {

    @Test
    void aProportionGetsAboutTheNormalApproximationsWidth() {
        // 118 of 132 first candidates right, as on sewer-ja test: 0.894 ± 1.96 · √(p(1−p)/n) ≈ ± 0.053
        List<Double> hits = ones(118, 132);
        List<Double> interval = EvalIntervals.interval(hits, EvalIntervalsTest::mean);
        assertTrue(interval.get(0) > 0.83 && interval.get(0) < 0.86, "lower bound " + interval);
        assertTrue(interval.get(1) > 0.93 && interval.get(1) < 0.96, "upper bound " + interval);
    }

    @Test
    void aSampleWithoutVarianceHasNoWidth() {
        assertEquals(List.of(1.0, 1.0), EvalIntervals.interval(ones(40, 40), EvalIntervalsTest::mean));
    }

    @Test
    void theSameRunPrintsTheSameInterval() {
        List<Double> hits = ones(70, 100);
        Collections.shuffle(hits, new Random(3));
        assertEquals(EvalIntervals.interval(hits, EvalIntervalsTest::mean),
                EvalIntervals.interval(hits, EvalIntervalsTest::mean));
    }

    @Test
    void aPairedDifferenceComparesEachQueryWithItself() {
        // 100 queries; the second run gets 5 more right and loses none: +0.05, and never below zero
        Map<String, Double> before = new LinkedHashMap<>();
        Map<String, Double> after = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            before.put("q" + i, i < 80 ? 1.0 : 0.0);
            after.put("q" + i, i < 85 ? 1.0 : 0.0);
        }
        after.put("only-in-one-run", 0.0);
        List<Double> difference = EvalIntervals.ofDifference(after, before);
        assertTrue(difference.get(0) > 0 && difference.get(0) < 0.05 && difference.get(1) > 0.05
                && difference.get(1) <= 0.1, difference.toString());
        // unpaired, the second run's own interval still holds the first run's 0.80: the pairing tells them apart
        List<Double> own = EvalIntervals.interval(List.copyOf(after.values()), EvalIntervalsTest::mean);
        assertTrue(own.get(0) < 0.80, own.toString());
        assertEquals(List.of(), EvalIntervals.ofDifference(after, Map.of("other", 1.0)));
    }

    @Test
    void theSummaryCarriesIntervalsAroundItsFigures() {
        EvalMetrics metrics = new EvalMetrics();
        for (int i = 0; i < 60; i++) {
            boolean known = i % 6 != 5; // 50 known inquiries, 35 of them with the right first candidate
            boolean right = known && i % 4 != 0;
            EvalQuery query = new EvalQuery("q" + i, "text", known ? List.of("a") : List.of(), Map.of(), known,
                    List.of(), null);
            List<String> ranked = right ? List.of("a", "b") : List.of("b", "a");
            Candidate top = new Candidate(ranked.get(0), null, null, 1);
            TriageProposal proposal = new TriageProposal(TriageProposal.Decision.KNOWN, right ? 0.9 : 0.4, top,
                    ProposalFeatures.NONE);
            metrics.add(query, ranked, proposal, 1);
        }
        Map<String, Object> summary = metrics.summary();
        @SuppressWarnings("unchecked")
        Map<String, List<Double>> intervals = (Map<String, List<Double>>) summary.get("ci95");
        for (String metric : List.of("hit@1", "mrr@10", "known_recall_at_p90")) {
            double figure = (double) summary.get(metric);
            List<Double> interval = intervals.get(metric);
            assertTrue(interval.get(0) < figure && figure < interval.get(1), metric + " " + figure + " " + interval);
        }
        assertEquals("{\"ci95\": {\"hit@1\": [0.5000, 1.0000]}}",
                EvalJson.format(Map.of("ci95", Map.of("hit@1", List.of(0.5, 1.0)))));
    }

    private static List<Double> ones(int ones, int size) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add(i < ones ? 1.0 : 0.0);
        }
        return values;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
