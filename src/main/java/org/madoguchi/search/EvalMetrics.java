package org.madoguchi.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The retrieval and decision metrics of the issue, accumulated query by query. Ranking metrics count only queries
 * with at least one relevant entry; decision metrics only queries that say whether they are known.
 */
public final class EvalMetrics {

    /** A decision outcome: was the inquiry known, was "known" proposed, was the proposed entry relevant. */
    record Decision(boolean known, boolean proposedKnown, boolean proposedRelevant, double confidence) {
    }

    private static final int[] CUTOFFS = {1, 5, 10};

    private int queries;
    private int judged;
    private final double[] recall = new double[CUTOFFS.length];
    private final double[] hits = new double[CUTOFFS.length];
    private double reciprocalRanks;
    private double ndcg;
    /** Per judged query (by id), for the intervals: 1 or 0 for hit@1, and the reciprocal rank. */
    private final Map<String, Double> firstHits = new LinkedHashMap<>();
    private final Map<String, Double> queryReciprocalRanks = new LinkedHashMap<>();
    private final List<Double> millis = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();

    public void add(EvalQuery query, List<String> ranked, TriageProposal proposal, double elapsedMillis) {
        queries++;
        millis.add(elapsedMillis);
        if (!query.relevant().isEmpty()) {
            judged++;
            for (int i = 0; i < CUTOFFS.length; i++) {
                recall[i] += recallAt(ranked, query.relevant(), CUTOFFS[i]);
                hits[i] += hitAt(ranked, query.relevant(), CUTOFFS[i]) ? 1 : 0;
            }
            double rr = reciprocalRank(ranked, query.relevant(), 10);
            reciprocalRanks += rr;
            firstHits.put(query.id(), hitAt(ranked, query.relevant(), 1) ? 1.0 : 0.0);
            queryReciprocalRanks.put(query.id(), rr);
            ndcg += ndcgAt(ranked, query.relevant(), query.grades(), 10);
        }
        if (query.known() != null && proposal != null) {
            boolean relevantTop = proposal.candidate() != null
                    && query.relevant().contains(proposal.candidate().id());
            decisions.add(new Decision(query.known(), proposal.isKnown(), relevantTop, proposal.confidence()));
        }
    }

    /** The metrics in print order. */
    public Map<String, Object> summary() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("queries", queries);
        out.put("judged", judged);
        for (int i = 0; i < CUTOFFS.length; i++) {
            out.put("recall@" + CUTOFFS[i], mean(recall[i], judged));
        }
        for (int i = 0; i < CUTOFFS.length; i++) {
            out.put("hit@" + CUTOFFS[i], mean(hits[i], judged));
        }
        out.put("mrr@10", mean(reciprocalRanks, judged));
        out.put("ndcg@10", mean(ndcg, judged));
        out.put("p50_ms", percentile(millis, 0.50));
        out.put("p99_ms", percentile(millis, 0.99));
        if (!decisions.isEmpty()) {
            out.put("known_precision", knownPrecision(decisions));
            out.put("known_recall", knownRecall(decisions));
            out.put("known_recall_at_p90", recallAtPrecision(decisions, 0.90));
        }
        Map<String, Object> intervals = EvalIntervals.of(List.copyOf(firstHits.values()),
                List.copyOf(queryReciprocalRanks.values()), decisions);
        if (!intervals.isEmpty()) {
            out.put("ci95", intervals);
        }
        return out;
    }

    List<Decision> decisions() {
        return decisions;
    }

    /**
     * How much better these results are than {@code other}'s on the same queries: 95% intervals of the differences
     * in hit@1 and mrr@10, resampling the queries both judged, so that each query is compared with itself.
     */
    public Map<String, Object> intervalsOfDifferenceFrom(EvalMetrics other) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("hit@1", EvalIntervals.ofDifference(firstHits, other.firstHits));
        out.put("mrr@10", EvalIntervals.ofDifference(queryReciprocalRanks, other.queryReciprocalRanks));
        return out;
    }

    static double recallAt(List<String> ranked, List<String> relevant, int k) {
        Set<String> top = new HashSet<>(ranked.subList(0, Math.min(k, ranked.size())));
        long found = relevant.stream().distinct().filter(top::contains).count();
        return relevant.isEmpty() ? 0 : (double) found / relevant.stream().distinct().count();
    }

    static boolean hitAt(List<String> ranked, List<String> relevant, int k) {
        return ranked.subList(0, Math.min(k, ranked.size())).stream().anyMatch(relevant::contains);
    }

    static double reciprocalRank(List<String> ranked, List<String> relevant, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** nDCG with gain 2^grade − 1 when grades are given, else gain 1 for every relevant entry. */
    static double ndcgAt(List<String> ranked, List<String> relevant, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(ranked.get(i), relevant, grades) / log2(i + 2);
        }
        List<Double> ideal = new ArrayList<>();
        Set<String> judgedIds = new HashSet<>(relevant);
        judgedIds.addAll(grades.keySet());
        for (String id : judgedIds) {
            ideal.add(gain(id, relevant, grades));
        }
        ideal.sort(Comparator.reverseOrder());
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(String id, List<String> relevant, Map<String, Integer> grades) {
        if (!grades.isEmpty()) {
            Integer grade = grades.get(id);
            return grade == null ? 0 : Math.pow(2, grade) - 1;
        }
        return relevant.contains(id) ? 1 : 0;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Share of "known" proposals that were right: the inquiry is known and the proposed entry answers it. */
    static double knownPrecision(List<Decision> decisions) {
        long proposed = decisions.stream().filter(Decision::proposedKnown).count();
        long right = decisions.stream().filter(d -> d.proposedKnown() && d.known() && d.proposedRelevant()).count();
        return proposed == 0 ? 0 : (double) right / proposed;
    }

    /** Share of known inquiries that got a right "known" proposal. */
    static double knownRecall(List<Decision> decisions) {
        long known = decisions.stream().filter(Decision::known).count();
        long right = decisions.stream().filter(d -> d.proposedKnown() && d.known() && d.proposedRelevant()).count();
        return known == 0 ? 0 : (double) right / known;
    }

    /** The best known_recall any confidence threshold reaches while known_precision stays at least {@code p}. */
    static double recallAtPrecision(List<Decision> decisions, double p) {
        double[] scores = decisions.stream().mapToDouble(Decision::confidence).toArray();
        boolean[] known = new boolean[decisions.size()];
        boolean[] right = new boolean[decisions.size()];
        for (int i = 0; i < decisions.size(); i++) {
            known[i] = decisions.get(i).known();
            right[i] = known[i] && decisions.get(i).proposedRelevant();
        }
        return PrecisePoint.lowest(scores, known, right, p).recall();
    }

    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static double mean(double sum, int count) {
        return count == 0 ? 0 : sum / count;
    }
}
