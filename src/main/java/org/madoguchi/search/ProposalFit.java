package org.madoguchi.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Fits the known/new proposal ({@link ProposalPolicy}) to an evaluation set the way its defaults were fitted, so
 * that anyone can reproduce the defaults and a desk can refit them on its own labelled inquiries
 * ({@code bin/triage-eval --fit}).
 *
 * <p>A "known" proposal is right when the inquiry is known and the first candidate answers it. The model is a
 * logistic regression (L2 {@value #L2} on the mean loss, Newton's method) on the features the base policy weighs,
 * but for its rules: a weight below {@value #RULE_BELOW} (a quoted error code the first candidate does not know) is
 * kept, since a set holds too few such inquiries to fit it. A fit looks surer on the data it was fitted on than it
 * is, so the bias is then shifted until confidence 0.5 stands where cross-validation (ten seeded 5-fold runs, the
 * median) finds the lowest score still proposed with precision {@value #PRECISION}.
 *
 * <p>Copies of inquiries asked without their answers ({@link LeftOutAnswers}) are hard new issues, many more than a
 * set labels: they are fitted, in the fold of the inquiry they copy (a copy must not teach the fit the inquiry it
 * is measured on). Where the set labels new issues of its own, the precise point is measured on its inquiries alone:
 * the copies would move it to their share of new issues, not the desk's.
 */
public final class ProposalFit {

    static final double L2 = 0.003;
    static final double RULE_BELOW = -3.0;
    static final double PRECISION = 0.90;
    private static final int FOLDS = 5;
    private static final int REPEATS = 10;
    private static final int NEWTON_STEPS = 50;
    private static final double CONVERGED = 1e-10;

    /**
     * One measured inquiry: its proposal features, whether it was known, whether the first candidate answers it.
     *
     * @param inquiry       the inquiry it was made from, for a copy and its inquiry to share a fold; null: its own
     * @param answerLeftOut whether it is a copy searched without its answers
     */
    public record Example(double[] features, boolean known, boolean firstAnswers, String inquiry,
                          boolean answerLeftOut) {

        /** An inquiry as it was asked. */
        public Example(double[] features, boolean known, boolean firstAnswers) {
            this(features, known, firstAnswers, null, false);
        }

        boolean right() {
            return known && firstAnswers;
        }
    }

    /**
     * @param policy        the fitted policy, with the base policy's threshold
     * @param cvRecallAtP90 median over the cross-validation runs of the known recall that the out-of-fold scores
     *                      reach at precision 0.9: the honest estimate, where the fitted data flatters the policy
     * @param shift         how far the bias was moved down for that
     * @param recallAtP90   the same on the examples fitted (flattered)
     * @param right         examples on which "known" would be right
     */
    public record Fitted(ProposalPolicy policy, double cvRecallAtP90, double recallAtP90, double shift, int examples,
                         int right) {
    }

    private ProposalFit() {
    }

    public static Fitted fit(List<Example> examples, ProposalPolicy base) {
        int[] fitted = fittedFeatures(base);
        long right = examples.stream().filter(Example::right).count();
        if (right == 0 || right == examples.size()) {
            throw new IllegalArgumentException("--fit needs both known inquiries whose first candidate answers them"
                    + " and other inquiries (queries with \"known\" true or false); here " + right + " of "
                    + examples.size() + " are such");
        }
        double[] model = newton(examples, fitted, L2);
        int[] measured = measured(examples);
        List<Example> measuredExamples = IntStream.of(measured).mapToObj(examples::get).toList();
        double[] thresholds = new double[REPEATS];
        double[] recalls = new double[REPEATS];
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            double[] outOfFold = outOfFold(examples, fitted, base, new Random(repeat));
            PrecisePoint point = lowestPrecisePoint(IntStream.of(measured).mapToDouble(i -> outOfFold[i]).toArray(),
                    measuredExamples);
            thresholds[repeat] = point.score();
            recalls[repeat] = point.recall();
        }
        double shift = median(thresholds);
        if (Double.isInfinite(shift)) {
            throw new IllegalArgumentException("--fit: no confidence proposes \"known\" with precision "
                    + PRECISION + " on this set, out of fold");
        }
        double[] weights = base.weights().clone();
        for (int i = 0; i < fitted.length; i++) {
            weights[fitted[i]] = model[i + 1];
        }
        double[] logits = measuredExamples.stream()
                .mapToDouble(e -> logit(model, fitted, e.features()) + rules(base, fitted, e)).toArray();
        return new Fitted(new ProposalPolicy(model[0] - shift, weights, base.threshold()), median(recalls),
                lowestPrecisePoint(logits, measuredExamples).recall(), shift, examples.size(), (int) right);
    }

    /**
     * The examples the precise point is measured on: the inquiries as asked where they include new issues, else all
     * (a desk's own history, whose only new issues are the copies).
     */
    private static int[] measured(List<Example> examples) {
        boolean ownNewIssues = examples.stream().anyMatch(e -> !e.answerLeftOut() && !e.known());
        return IntStream.range(0, examples.size())
                .filter(i -> !ownNewIssues || !examples.get(i).answerLeftOut()).toArray();
    }

    /** The best share of the known examples that {@code policy} proposes rightly at precision {@value #PRECISION}. */
    public static double recallAtPrecision(ProposalPolicy policy, List<Example> examples) {
        double[] scores = examples.stream().mapToDouble(e -> policy.logit(e.features())).toArray();
        return lowestPrecisePoint(scores, examples).recall();
    }

    /** The features fitted: those the base policy weighs, but for the rules. */
    static int[] fittedFeatures(ProposalPolicy base) {
        return IntStream.range(0, base.weights().length)
                .filter(i -> base.weights()[i] != 0 && base.weights()[i] >= RULE_BELOW).toArray();
    }

    /** Each example's logit from a model fitted without its fold, the rules added with the base policy's weights. */
    private static double[] outOfFold(List<Example> examples, int[] fitted, ProposalPolicy base, Random random) {
        int[] foldOf = folds(examples, random);
        double[] logits = new double[examples.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> training = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (foldOf[i] == fold) {
                    held.add(i);
                } else {
                    training.add(examples.get(i));
                }
            }
            double[] model = newton(training, fitted, L2);
            for (int i : held) {
                logits[i] = logit(model, fitted, examples.get(i).features()) + rules(base, fitted, examples.get(i));
            }
        }
        return logits;
    }

    /**
     * Each example's fold, drawn by inquiry: a copy falls in the fold of the inquiry it copies, which it would
     * otherwise teach the fit that is measured on it.
     */
    static int[] folds(List<Example> examples, Random random) {
        Map<Object, List<Integer>> byInquiry = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            String inquiry = examples.get(i).inquiry();
            byInquiry.computeIfAbsent(inquiry == null ? Integer.valueOf(i) : inquiry, k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> order = new ArrayList<>(byInquiry.values());
        Collections.shuffle(order, random);
        int[] foldOf = new int[examples.size()];
        for (int k = 0; k < order.size(); k++) {
            for (int i : order.get(k)) {
                foldOf[i] = k % FOLDS;
            }
        }
        return foldOf;
    }

    private static double rules(ProposalPolicy base, int[] fitted, Example example) {
        double sum = 0;
        for (int i = 0; i < base.weights().length && i < example.features().length; i++) {
            int feature = i;
            if (IntStream.of(fitted).noneMatch(f -> f == feature)) {
                sum += base.weights()[i] * example.features()[i];
            }
        }
        return sum;
    }

    /** Where {@code scores} of these examples are precise enough ({@link PrecisePoint}). */
    static PrecisePoint lowestPrecisePoint(double[] scores, List<Example> examples) {
        boolean[] known = new boolean[examples.size()];
        boolean[] right = new boolean[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            known[i] = examples.get(i).known();
            right[i] = examples.get(i).right();
        }
        return PrecisePoint.lowest(scores, known, right, PRECISION);
    }

    /** Maximum-likelihood logistic regression with an L2 penalty (not on the bias): {bias, weights...}. */
    static double[] newton(List<Example> examples, int[] fitted, double l2) {
        int dims = fitted.length + 1;
        double[] model = new double[dims];
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double[] gradient = new double[dims];
            double[][] hessian = new double[dims][dims];
            for (Example example : examples) {
                double[] x = withBias(example.features(), fitted);
                double p = 1 / (1 + Math.exp(-dot(model, x)));
                double y = example.right() ? 1 : 0;
                for (int a = 0; a < dims; a++) {
                    gradient[a] += (p - y) * x[a] / examples.size();
                    for (int b = 0; b < dims; b++) {
                        hessian[a][b] += p * (1 - p) * x[a] * x[b] / examples.size();
                    }
                }
            }
            for (int a = 1; a < dims; a++) {
                gradient[a] += l2 * model[a];
                hessian[a][a] += l2;
            }
            double[] change = solve(hessian, gradient);
            double largest = 0;
            for (int a = 0; a < dims; a++) {
                model[a] -= change[a];
                largest = Math.max(largest, Math.abs(change[a]));
            }
            if (largest < CONVERGED) { // Newton's steps shrink quadratically: a handful of them reach this
                break;
            }
        }
        return model;
    }

    private static double logit(double[] model, int[] fitted, double[] features) {
        return dot(model, withBias(features, fitted));
    }

    private static double[] withBias(double[] features, int[] fitted) {
        double[] x = new double[fitted.length + 1];
        x[0] = 1;
        for (int i = 0; i < fitted.length; i++) {
            x[i + 1] = fitted[i] < features.length ? features[fitted[i]] : 0;
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /**
     * Solves {@code m · x = v} by Gaussian elimination with partial pivoting ({@code m} is small and, here, positive
     * definite).
     */
    static double[] solve(double[][] m, double[] v) {
        int n = v.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = Arrays.copyOf(m[i], n + 1);
            a[i][n] = v[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                pivot = Math.abs(a[row][col]) > Math.abs(a[pivot][col]) ? row : pivot;
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                for (int k = col; k <= n; k++) {
                    a[row][k] -= factor * a[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = a[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * x[k];
            }
            x[row] = sum / a[row][row];
        }
        return x;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
