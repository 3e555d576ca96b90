package org.madoguchi.triage.application;

import java.util.List;
import java.util.Optional;

/**
 * Refits the known/new proposal on this desk's own decisions, as {@code bin/triage-eval --fit} does on an evaluation
 * set: implemented by the search package. The review shows the result beside the proposal in force; an
 * administrator puts it into {@code madoguchi.triage.proposal} if it does better.
 */
public interface ProposalRefitting {

    /** Decisions with kept measures this few, or this few of either outcome, are too few to fit on. */
    int MIN_DECISIONS = 50;
    int MIN_OF_EACH = 10;

    /**
     * One decided inquiry: the measures its proposal was computed from, whether the agent decided it was known, and
     * whether the agent linked it to the case triage put first (a "known" proposal was right only then).
     */
    record Decided(double[] measures, boolean known, boolean firstLinked) {
    }

    /**
     * @param setting       the refitted proposal as the setting takes it
     * @param refitRecall   the share of known inquiries the refitted proposal finds at precision 0.9, by
     *                      cross-validation over these decisions
     * @param inForceRecall the same for the proposal in force, on the same decisions
     * @param decisions     the decisions fitted on
     */
    record Refit(String setting, double refitRecall, double inForceRecall, int decisions) {
    }

    /** Empty when the decisions are too few, or when no confidence is right nine times in ten on them. */
    Optional<Refit> refit(List<Decided> decided);
}
