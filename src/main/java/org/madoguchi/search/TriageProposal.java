package org.madoguchi.search;

/**
 * The proposed decision for an inquiry: {@code KNOWN} (answered by {@code candidate}) or {@code NEW}, with a
 * confidence in [0, 1] that the inquiry is known and answered by the candidate. An agent confirms or overrides it.
 */
public record TriageProposal(Decision decision, double confidence, Candidate candidate, ProposalFeatures features) {

    public enum Decision { KNOWN, NEW }

    public static TriageProposal nothingFound() {
        return new TriageProposal(Decision.NEW, 0.0, null, ProposalFeatures.NONE);
    }

    public boolean isKnown() {
        return decision == Decision.KNOWN;
    }
}
