package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fitting the known/new proposal: the regression, the precise point, and what the fit keeps of the base policy. */
class ProposalFitTest {

    private static final int FEATURES = ProposalFeatures.names().length;

    /**
     * Inquiries whose chance of a right "known" is sigmoid(bias + slope·margin), but that a tenth quote a code the
     * answer lacks and are never right.
     */
    private static List<ProposalFit.Example> drawn(int count, long seed, double bias, double slope) {
        Random random = new Random(seed);
        List<ProposalFit.Example> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] features = new double[FEATURES];
            features[1] = random.nextDouble();
            features[5] = random.nextDouble();
            features[7] = i % 10 == 0 ? 1 : 0;
            double chance = features[7] > 0 ? 0 : 1 / (1 + Math.exp(-(bias + slope * features[1])));
            boolean right = random.nextDouble() < chance;
            examples.add(new ProposalFit.Example(features, right || random.nextBoolean(), right));
        }
        return examples;
    }

    private static ProposalPolicy base() {
        return ProposalPolicy.defaults();
    }

    @Test
    void theRegressionFindsTheWeightsTheDataWasDrawnWith() {
        List<ProposalFit.Example> withoutCodes = drawn(20_000, 1, -3, 7).stream().filter(e -> e.features()[7] == 0)
                .toList();
        double[] model = ProposalFit.newton(withoutCodes, new int[] {1, 5}, 0);
        assertEquals(-3, model[0], 0.3, "bias");
        assertEquals(7, model[1], 0.5, "the margin decides");
        assertEquals(0, model[2], 0.2, "the other feature adds nothing");
        double[] penalised = ProposalFit.newton(withoutCodes, new int[] {1, 5}, ProposalFit.L2);
        assertTrue(penalised[1] < model[1] - 0.5 && penalised[1] > 3,
                "the penalty shrinks the weight: " + penalised[1]);
    }

    @Test
    void theFitKeepsTheRulesAndTheUnweighedFeaturesAndShiftsTheBiasToThePrecisePoint() {
        List<ProposalFit.Example> examples = drawn(600, 2, -3, 7);
        ProposalFit.Fitted fitted = ProposalFit.fit(examples, base());
        double[] weights = fitted.policy().weights();
        assertEquals(-4.0, weights[7], "a quoted code the answer lacks stays a rule");
        assertEquals(0.0, weights[2] + weights[3] + weights[4], "features the base does not weigh stay out");
        assertTrue(weights[1] > 2, "the margin is fitted: " + weights[1]);
        assertEquals(base().threshold(), fitted.policy().threshold());
        assertTrue(fitted.shift() > 0, "the bias moves towards surer proposals: " + fitted.shift());
        // at confidence 0.5 the proposals are right about nine times in ten (on the fitted data, a little more)
        long proposed = examples.stream().filter(e -> confidence(fitted.policy(), e) >= 0.5).count();
        long right = examples.stream().filter(e -> confidence(fitted.policy(), e) >= 0.5 && e.right()).count();
        assertTrue(proposed > 20 && right >= 0.88 * proposed, right + " of " + proposed);
        assertTrue(fitted.cvRecallAtP90() > 0 && fitted.cvRecallAtP90() <= fitted.recallAtP90() + 0.05,
                fitted.cvRecallAtP90() + " against " + fitted.recallAtP90());
        assertEquals(600, fitted.examples());
    }

    /** Each inquiry drawn, then its copy asked without its answers: the same measures, but never right. */
    private static List<ProposalFit.Example> withCopies(List<ProposalFit.Example> inquiries) {
        List<ProposalFit.Example> examples = new ArrayList<>();
        for (int i = 0; i < inquiries.size(); i++) {
            ProposalFit.Example asked = inquiries.get(i);
            examples.add(new ProposalFit.Example(asked.features(), asked.known(), asked.firstAnswers(), "Q" + i, false));
            examples.add(new ProposalFit.Example(asked.features(), false, false, "Q" + i, true));
        }
        return examples;
    }

    @Test
    void copiesAreFittedButThePrecisePointStandsWhereTheInquiriesAsAskedPutIt() {
        List<ProposalFit.Example> inquiries = drawn(600, 4, -3, 7);
        ProposalFit.Fitted fitted = ProposalFit.fit(withCopies(inquiries), base());
        assertEquals(1200, fitted.examples());
        // copies as sure as their inquiries halve every chance, yet 0.5 is still where the inquiries are right 9 in 10
        long proposed = inquiries.stream().filter(e -> confidence(fitted.policy(), e) >= 0.5).count();
        long right = inquiries.stream().filter(e -> confidence(fitted.policy(), e) >= 0.5 && e.right()).count();
        assertTrue(proposed > 20 && right >= 0.88 * proposed, right + " of " + proposed);
        assertEquals(ProposalFit.fit(inquiries, base()).cvRecallAtP90(), fitted.cvRecallAtP90(), 0.05,
                "the recall is measured on the inquiries, not diluted by the copies");
    }

    @Test
    void aSetWhoseOnlyNewIssuesAreCopiesIsMeasuredWithThem() {
        List<ProposalFit.Example> allKnown = drawn(300, 5, -3, 7).stream()
                .map(e -> new ProposalFit.Example(e.features(), true, e.firstAnswers())).toList();
        // measured with copies exactly as sure as their inquiries, no confidence is right nine times in ten
        var e = assertThrows(IllegalArgumentException.class, () -> ProposalFit.fit(withCopies(allKnown), base()));
        assertTrue(e.getMessage().contains("precision 0.9"), e.getMessage());
    }

    @Test
    void aCopyFallsInTheFoldOfTheInquiryItCopies() {
        List<ProposalFit.Example> examples = withCopies(drawn(100, 6, -3, 7));
        int[] folds = ProposalFit.folds(examples, new Random(7));
        for (int i = 0; i < examples.size(); i += 2) {
            assertEquals(folds[i], folds[i + 1], "inquiry " + i / 2);
        }
        assertEquals(5, Arrays.stream(folds).distinct().count(), "five folds");
        int[] alone = ProposalFit.folds(drawn(100, 6, -3, 7), new Random(7));
        assertEquals(5, Arrays.stream(alone).distinct().count(), "examples without an inquiry: each its own");
    }

    @Test
    void theFitIsTheSameEachTime() {
        List<ProposalFit.Example> examples = drawn(300, 3, -3, 7);
        assertEquals(ProposalFit.fit(examples, base()).policy().setting(),
                ProposalFit.fit(examples, base()).policy().setting());
    }

    private static double confidence(ProposalPolicy policy, ProposalFit.Example example) {
        return 1 / (1 + Math.exp(-policy.logit(example.features())));
    }

    @Test
    void thePrecisePointIsTheLowestScoreStillRightNineTimesInTen() {
        double[] scores = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05, 0.01, 0.0};
        boolean[] right = {true, true, true, true, true, true, true, true, true, false, true, false};
        List<ProposalFit.Example> examples = new ArrayList<>();
        for (boolean r : right) {
            examples.add(new ProposalFit.Example(new double[FEATURES], true, r));
        }
        PrecisePoint point = ProposalFit.lowestPrecisePoint(scores, examples);
        // down to 0.01: 10 right of 11 proposed (0.909); down to 0.0: 10 of 12 (0.833)
        assertArrayEquals(new double[] {0.01, 10.0 / 12}, new double[] {point.score(), point.recall()}, 1e-9);
    }

    @Test
    void aSetWithoutBothKindsOfInquiryCannotBeFitted() {
        List<ProposalFit.Example> allWrong = List.of(new ProposalFit.Example(new double[FEATURES], false, false),
                new ProposalFit.Example(new double[FEATURES], true, false));
        var e = assertThrows(IllegalArgumentException.class, () -> ProposalFit.fit(allWrong, base()));
        assertTrue(e.getMessage().contains("0 of 2"), e.getMessage());
    }

    @Test
    void equationsAreSolved() {
        double[] x = ProposalFit.solve(new double[][] {{0, 2, 1}, {1, 1, 0}, {2, 0, 3}}, new double[] {7, 3, 11});
        assertArrayEquals(new double[] {1, 2, 3}, new double[] {x[0], x[1], x[2]}, 1e-9);
    }
}
