package org.madoguchi.triage.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How the triage proposals fared against the agents' own decisions, and which threshold would have made them as
 * sure as the desk wants. The offline figures of {@code bin/triage-eval} come from evaluation sets; these come from
 * this desk's inquiries, so the monthly review can move {@code madoguchi.triage.known-threshold} on evidence.
 *
 * @param decisions         the inquiries decided (each counted once: the proposal at its first decision, the agent's last word)
 * @param decidedKnown      of those, the ones the agent linked to a known case
 * @param agreed            the ones whose proposal, as made then, was what the agent decided
 * @param firstLinked       of the known decisions with a recorded first candidate, those linked to it
 * @param knownWithFirst    the known decisions with a recorded first candidate
 * @param threshold         the threshold in force
 * @param rows              the proposals at each threshold
 * @param suggestion        whether a threshold can be suggested, and if not, why
 * @param suggestedThreshold the lowest threshold from which "known" proposals are right often enough; NaN when none
 */
public record ProposalReview(int decisions, int decidedKnown, int agreed, int firstLinked, int knownWithFirst,
                             double threshold, List<Row> rows, Suggestion suggestion, double suggestedThreshold) {

    /** Share of "known" proposals the agents confirmed that a suggested threshold must reach. */
    public static final double TARGET_PRECISION = 0.90;
    /** Fewer decisions than this, or fewer of either kind than {@link #MIN_OF_EACH}, say too little to suggest. */
    public static final int MIN_DECISIONS = 50;
    public static final int MIN_OF_EACH = 10;
    /** A threshold's precision counts only over at least this many "known" proposals. */
    public static final int MIN_PROPOSED = 20;
    private static final int GRID_STEPS = 20;

    /** One decided inquiry: what the agent decided, how sure the proposal was, whether its first case was linked. */
    public record Outcome(boolean decidedKnown, double confidence, Decision proposed, Boolean firstLinked) {
    }

    /**
     * The proposals at one threshold: how many said known, how many of those the agents confirmed, their precision
     * and recall (NaN where nothing counts).
     */
    public record Row(double threshold, int proposedKnown, int confirmed, double precision, double recall,
                      boolean current) {
    }

    public enum Suggestion {
        SUGGESTED, TOO_FEW_DECISIONS, NEVER_PRECISE_ENOUGH
    }

    public static ProposalReview of(List<Outcome> outcomes, double threshold) {
        int known = (int) outcomes.stream().filter(Outcome::decidedKnown).count();
        int agreed = (int) outcomes.stream()
                .filter(o -> o.proposed() != null && (o.proposed() == Decision.KNOWN) == o.decidedKnown()).count();
        int withFirst = (int) outcomes.stream().filter(o -> o.decidedKnown() && o.firstLinked() != null).count();
        int firstLinked = (int) outcomes.stream()
                .filter(o -> o.decidedKnown() && Boolean.TRUE.equals(o.firstLinked())).count();
        TreeSet<Double> shown = new TreeSet<>();
        for (int i = 1; i <= 9; i++) {
            shown.add(i / 10.0);
        }
        shown.add(threshold);
        List<Row> rows = new ArrayList<>();
        for (double t : shown) {
            rows.add(row(outcomes, known, t, t == threshold));
        }
        boolean enough = outcomes.size() >= MIN_DECISIONS && known >= MIN_OF_EACH
                && outcomes.size() - known >= MIN_OF_EACH;
        double suggested = enough ? lowestSureThreshold(outcomes, known) : Double.NaN;
        Suggestion suggestion = !enough ? Suggestion.TOO_FEW_DECISIONS
                : Double.isNaN(suggested) ? Suggestion.NEVER_PRECISE_ENOUGH : Suggestion.SUGGESTED;
        return new ProposalReview(outcomes.size(), known, agreed, firstLinked, withFirst, threshold, List.copyOf(rows),
                suggestion, suggested);
    }

    /**
     * The lowest threshold on a grid of 0.05 from which every higher one with enough "known" proposals reaches the
     * target precision: a single lucky step among unsure ones is no evidence.
     */
    private static double lowestSureThreshold(List<Outcome> outcomes, int known) {
        double lowest = Double.NaN;
        for (int step = GRID_STEPS - 1; step >= 1; step--) {
            Row row = row(outcomes, known, step / (double) GRID_STEPS, false);
            if (row.proposedKnown() < MIN_PROPOSED) {
                continue;
            }
            if (row.precision() < TARGET_PRECISION) {
                break;
            }
            lowest = row.threshold();
        }
        return lowest;
    }

    private static Row row(List<Outcome> outcomes, int known, double threshold, boolean current) {
        int proposed = 0;
        int confirmed = 0;
        for (Outcome o : outcomes) {
            if (o.confidence() >= threshold) {
                proposed++;
                confirmed += o.decidedKnown() ? 1 : 0;
            }
        }
        return new Row(threshold, proposed, confirmed, proposed == 0 ? Double.NaN : confirmed / (double) proposed,
                known == 0 ? Double.NaN : confirmed / (double) known, current);
    }

    public int decidedNew() {
        return decisions - decidedKnown;
    }
}
