package org.madoguchi.triage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalReviewTest {

    private static void add(List<ProposalReview.Outcome> to, int count, boolean known, double confidence,
                            Boolean firstLinked) {
        Decision proposed = confidence >= 0.5 ? Decision.KNOWN : Decision.NEW;
        to.addAll(Collections.nCopies(count, new ProposalReview.Outcome(known, confidence, proposed, firstLinked)));
    }

    /** 104 decisions: proposals at 0.6 and above are right 60 times in 64, at 0.55 only 70 in 84. */
    private static List<ProposalReview.Outcome> desk() {
        List<ProposalReview.Outcome> outcomes = new ArrayList<>();
        add(outcomes, 40, true, 0.92, true);
        add(outcomes, 20, true, 0.66, false);
        add(outcomes, 4, false, 0.66, null);
        add(outcomes, 10, true, 0.56, null);
        add(outcomes, 10, false, 0.56, null);
        add(outcomes, 20, false, 0.12, null);
        return outcomes;
    }

    private static ProposalReview.Row at(ProposalReview review, double threshold) {
        return review.rows().stream().filter(r -> r.threshold() == threshold).findFirst().orElseThrow();
    }

    @Test
    void theProposalsAreCountedAgainstTheAgentsDecisions() {
        ProposalReview review = ProposalReview.of(desk(), 0.5);
        assertEquals(104, review.decisions());
        assertEquals(70, review.decidedKnown());
        assertEquals(34, review.decidedNew());
        assertEquals(90, review.agreed(), "70 known proposed known, 20 new proposed new");
        assertEquals(40, review.firstLinked());
        assertEquals(60, review.knownWithFirst(), "known decisions with the first candidate recorded");

        ProposalReview.Row half = at(review, 0.5);
        assertEquals(84, half.proposedKnown());
        assertEquals(70, half.confirmed());
        assertEquals(70 / 84.0, half.precision(), 1e-9);
        assertEquals(1.0, half.recall(), 1e-9);
        assertTrue(half.current());
        ProposalReview.Row high = at(review, 0.9);
        assertEquals(40, high.proposedKnown());
        assertEquals(1.0, high.precision(), 1e-9);
        assertEquals(40 / 70.0, high.recall(), 1e-9);
        assertEquals(1, review.rows().stream().filter(ProposalReview.Row::current).count());
    }

    @Test
    void theThresholdInForceGetsARowOfItsOwn() {
        ProposalReview review = ProposalReview.of(desk(), 0.55);
        assertEquals(10, review.rows().size());
        assertTrue(at(review, 0.55).current());
        assertEquals(84, at(review, 0.55).proposedKnown());
    }

    @Test
    void theLowestThresholdFromWhichProposalsAreSureEnoughIsSuggested() {
        ProposalReview review = ProposalReview.of(desk(), 0.5);
        assertEquals(ProposalReview.Suggestion.SUGGESTED, review.suggestion());
        assertEquals(0.6, review.suggestedThreshold(), 1e-9, "0.55 lets in 10 new issues among 84 proposals");
    }

    @Test
    void noThresholdIsSuggestedWhenNewIssuesLookAsSureAsKnownOnes() {
        List<ProposalReview.Outcome> outcomes = new ArrayList<>();
        add(outcomes, 60, true, 0.93, null);
        add(outcomes, 20, false, 0.93, null);
        add(outcomes, 20, false, 0.2, null);
        ProposalReview review = ProposalReview.of(outcomes, 0.5);
        assertEquals(ProposalReview.Suggestion.NEVER_PRECISE_ENOUGH, review.suggestion());
        assertTrue(Double.isNaN(review.suggestedThreshold()));
    }

    @Test
    void aFewLuckyProposalsAboveAnUnsureThresholdSuggestNothing() {
        List<ProposalReview.Outcome> outcomes = new ArrayList<>();
        add(outcomes, 10, true, 0.97, null); // too few at 0.95 to count
        add(outcomes, 40, true, 0.72, null);
        add(outcomes, 20, false, 0.72, null); // from 0.7 down, a third are new issues
        add(outcomes, 30, false, 0.1, null);
        ProposalReview review = ProposalReview.of(outcomes, 0.5);
        assertEquals(ProposalReview.Suggestion.NEVER_PRECISE_ENOUGH, review.suggestion());
    }

    @Test
    void tooFewDecisionsOrTooFewOfOneKindSuggestNothing() {
        List<ProposalReview.Outcome> few = new ArrayList<>();
        add(few, 30, true, 0.9, null);
        add(few, 10, false, 0.1, null);
        assertEquals(ProposalReview.Suggestion.TOO_FEW_DECISIONS, ProposalReview.of(few, 0.5).suggestion());

        List<ProposalReview.Outcome> onlyKnown = new ArrayList<>();
        add(onlyKnown, 95, true, 0.9, null);
        add(onlyKnown, 5, false, 0.1, null);
        ProposalReview review = ProposalReview.of(onlyKnown, 0.5);
        assertEquals(ProposalReview.Suggestion.TOO_FEW_DECISIONS, review.suggestion());
        assertTrue(Double.isNaN(review.suggestedThreshold()));
    }

    @Test
    void nothingDecidedGivesEmptyFiguresNotErrors() {
        ProposalReview review = ProposalReview.of(List.of(), 0.5);
        assertEquals(0, review.decisions());
        assertTrue(Double.isNaN(at(review, 0.5).precision()));
        assertTrue(Double.isNaN(at(review, 0.5).recall()));
        assertEquals(ProposalReview.Suggestion.TOO_FEW_DECISIONS, review.suggestion());
    }
}
