package org.madoguchi.search;

import java.util.Arrays;
import java.util.Locale;

/**
 * Turns {@link ProposalFeatures} into a confidence (a logistic model) and a decision (confidence ≥ threshold).
 * The weights were fitted and the threshold chosen on the sewer-ja dev split ({@link ProposalFit}); the threshold
 * is the knob an administrator may move: higher means fewer, surer "known" proposals. A desk with its own labelled
 * inquiries may refit the weights ({@code bin/triage-eval --fit}) and set them ({@code madoguchi.triage.proposal}).
 */
public record ProposalPolicy(double bias, double[] weights, double threshold) {

    /**
     * What {@code bin/triage-eval --leave-answer-out --fit} gives on sewer-ja dev ({@link ProposalFit}; order as in
     * {@link ProposalFeatures#names()}): the margin carries most of the separation, the top-score ratio, the
     * idf-weighted term shares and the share of the top entry's title the inquiry uses add to it (the title share
     * lifted the recall at precision 0.9 in 5-fold cross-validation on dev from 0.81 to 0.83); the variant-only ratios
     * and the agreement added nothing once these were in, so they are not fitted. A quoted error code the top entry
     * does not know pulls the confidence down hard (a rule more than a fit: dev has one such inquiry). Each answered
     * inquiry is fitted once more as a new issue, asked without its answers ({@link LeftOutAnswers}): those hard
     * negatives lifted the recall at precision 0.9 that cross-validation on dev gives from 0.842 to 0.854.
     * The bias is shifted so that 0.5 is the point of precision 0.9 on dev's own inquiries as cross-validation sees it.
     */
    public static ProposalPolicy defaults() {
        return new ProposalPolicy(-2.813, new double[] {1.193, 3.729, 0.0, 0.0, 0.0, 2.356, 1.576, -4.0, 2.350}, 0.5);
    }

    /** Whether any feature that needs each variant searched alone (2: morphological, 3: bigram, 4: agreement) counts. */
    public boolean comparesVariants() {
        for (int i = 2; i <= 4 && i < weights.length; i++) {
            if (weights[i] != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A policy as a setting writes it ({@code madoguchi.triage.proposal}): the bias, then one weight per feature in the
     * order of {@link ProposalFeatures#names()}, separated by commas or spaces.
     */
    public static ProposalPolicy parse(String setting, double threshold) {
        String[] parts = setting == null ? new String[0] : setting.strip().split("[,\\s]+");
        int features = ProposalFeatures.names().length;
        if (parts.length != features + 1) {
            throw new IllegalArgumentException("a proposal policy is a bias and " + features + " weights ("
                    + String.join(", ", ProposalFeatures.names()) + "), not: " + setting);
        }
        double[] numbers = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a proposal policy holds numbers only, not " + parts[i]);
            }
            if (!Double.isFinite(numbers[i])) {
                throw new IllegalArgumentException("a proposal policy holds finite numbers only, not " + parts[i]);
            }
        }
        return new ProposalPolicy(numbers[0], Arrays.copyOfRange(numbers, 1, numbers.length), threshold);
    }

    /** The bias and weights as {@link #parse} reads them. */
    public String setting() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%.3f", bias));
        for (double weight : weights) {
            out.append(',').append(String.format(Locale.ROOT, "%.3f", weight));
        }
        return out.toString();
    }

    public ProposalPolicy withThreshold(double newThreshold) {
        return new ProposalPolicy(bias, weights, newThreshold);
    }

    public double confidence(ProposalFeatures features) {
        return 1.0 / (1.0 + Math.exp(-logit(features.values())));
    }

    /** The model's log-odds for these feature values (in the order of {@link ProposalFeatures#names()}). */
    public double logit(double[] values) {
        double z = bias;
        for (int i = 0; i < values.length && i < weights.length; i++) {
            z += weights[i] * values[i];
        }
        return z;
    }

    public TriageProposal propose(Candidate top, ProposalFeatures features) {
        if (top == null) {
            return TriageProposal.nothingFound();
        }
        double confidence = confidence(features);
        TriageProposal.Decision decision = confidence >= threshold
                ? TriageProposal.Decision.KNOWN : TriageProposal.Decision.NEW;
        return new TriageProposal(decision, confidence, top, features);
    }
}
