package org.madoguchi.search;

/**
 * The proposed decision for an inquiry: {@code KNOWN} (answered by {@code candidate}) or {@code NEW}, with a
 * confidence in [0, 1] that the inquiry is known and answered by the candidate. An agent confirms or overrides it.
 * {@code features} are what the model weighed; null for a proposal made by rule (an exact repeat of a linked wording).
 */
public record TriageProposal(Decision decision, double confidence, Candidate candidate, ProposalFeatures features) {

    public enum Decision { KNOWN, NEW }

    public static TriageProposal nothingFound() {
        return new TriageProposal(Decision.NEW, 0.0, null, ProposalFeatures.NONE);
    }

    /** A known issue by the exact-repeat rule: an agent linked an inquiry worded exactly so to {@code candidate}. */
    public static TriageProposal repeat(Candidate candidate, double confidence) {
        return new TriageProposal(Decision.KNOWN, confidence, candidate, null);
    }

    /**
     * The measures the model weighed, or null for a proposal made by rule: a refit learns the model, and a repeat's
     * confidence says nothing about it.
     */
    public double[] measures() {
        return features == null ? null : features.values();
    }

    public boolean isKnown() {
        return decision == Decision.KNOWN;
    }
}
