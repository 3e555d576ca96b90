package org.madoguchi.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * 95% intervals of the headline metrics, by the percentile bootstrap over queries: how far a figure could move on
 * another sample of inquiries of the same kind. A set of 150 inquiries judges hit@1 only to about ±0.05, so a
 * difference of one or two queries between two runs, or between a figure and a target, is within that noise.
 * The resampling is seeded, so the same run prints the same interval.
 */
final class EvalIntervals {

    static final int RESAMPLES = 2000;
    private static final long SEED = 20261127L;

    private EvalIntervals() {
    }

    /**
     * The intervals of hit@1 and mrr@10 over the judged queries (their per-query values) and of the recall at
     * precision 0.90 over the queries with a decision; a metric without queries is left out.
     */
    static Map<String, Object> of(List<Double> firstHits, List<Double> reciprocalRanks,
                                  List<EvalMetrics.Decision> decisions) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!firstHits.isEmpty()) {
            out.put("hit@1", interval(firstHits, EvalIntervals::mean));
            out.put("mrr@10", interval(reciprocalRanks, EvalIntervals::mean));
        }
        if (!decisions.isEmpty()) {
            out.put("known_recall_at_p90", interval(decisions, d -> EvalMetrics.recallAtPrecision(d, 0.90)));
        }
        return out;
    }

    /**
     * The interval of the difference in mean between two runs over the queries both measured (keyed by query id):
     * a paired comparison, far narrower than the two runs' own intervals when most queries fare alike in both.
     */
    static List<Double> ofDifference(Map<String, Double> these, Map<String, Double> others) {
        List<double[]> pairs = new ArrayList<>();
        these.forEach((id, value) -> {
            Double other = others.get(id);
            if (other != null) {
                pairs.add(new double[] {value, other});
            }
        });
        if (pairs.isEmpty()) {
            return List.of();
        }
        return interval(pairs, sample -> sample.stream().mapToDouble(pair -> pair[0] - pair[1]).average().orElse(0));
    }

    /** The 2.5th and 97.5th percentiles of the statistic over resamples of the items, drawn with replacement. */
    static <T> List<Double> interval(List<T> items, ToDoubleFunction<List<T>> statistic) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] values = new double[RESAMPLES];
        List<T> resample = new ArrayList<>(items.size());
        for (int r = 0; r < RESAMPLES; r++) {
            resample.clear();
            for (int i = 0; i < items.size(); i++) {
                resample.add(items.get(random.nextInt(items.size())));
            }
            values[r] = statistic.applyAsDouble(resample);
        }
        Arrays.sort(values);
        return List.of(values[(int) Math.floor(0.025 * (RESAMPLES - 1))],
                values[(int) Math.ceil(0.975 * (RESAMPLES - 1))]);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
