package org.madoguchi.search.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.madoguchi.search.ProposalFeatures;
import org.madoguchi.search.ProposalPolicy;
import org.madoguchi.triage.application.ProposalRefitting;

/** The proposal refitted on a desk's decisions, beside the one in force. */
class DecisionRefitTest {

    private static final int MEASURES = ProposalFeatures.names().length;

    /** Decisions where the margin alone tells (a desk whose other measures say nothing). */
    private static List<ProposalRefitting.Decided> decided(int count) {
        Random random = new Random(7);
        List<ProposalRefitting.Decided> decided = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] measures = new double[MEASURES];
            for (int m = 0; m < MEASURES; m++) {
                measures[m] = m == 7 ? 0 : random.nextDouble();
            }
            boolean right = random.nextDouble() < 1 / (1 + Math.exp(-(-4 + 10 * measures[1])));
            decided.add(new ProposalRefitting.Decided(measures, right || i % 3 == 0, right));
        }
        return decided;
    }

    @Test
    void aDeskWithEnoughDecisionsGetsARefitThatLearntWhatTellsThere() {
        var refit = DecisionRefit.refit(decided(300), ProposalPolicy.defaults()).orElseThrow();
        assertEquals(300, refit.decisions());
        assertEquals(10, refit.setting().split(",").length, refit.setting());
        assertTrue(refit.refitRecall() > refit.inForceRecall(),
                "fitted to where only the margin tells, it does better there: " + refit);
    }

    @Test
    void tooFewDecisionsOrTooFewOfEitherOutcomeGiveNone() {
        assertTrue(DecisionRefit.refit(decided(40), ProposalPolicy.defaults()).isEmpty());
        List<ProposalRefitting.Decided> allRight = decided(300).stream()
                .map(d -> new ProposalRefitting.Decided(d.measures(), true, true)).toList();
        assertTrue(DecisionRefit.refit(allRight, ProposalPolicy.defaults()).isEmpty());
        List<ProposalRefitting.Decided> unmeasured = decided(300).stream()
                .map(d -> new ProposalRefitting.Decided(new double[3], d.known(), d.firstLinked())).toList();
        assertTrue(DecisionRefit.refit(unmeasured, ProposalPolicy.defaults()).isEmpty(),
                "measures of another length are not these measures");
    }

    @Test
    void theSameDecisionsAreNotFittedTwiceButANewOneOrAnotherProposalIs() {
        RecentRefits recent = new RecentRefits();
        AtomicInteger fits = new AtomicInteger();
        BiFunction<List<ProposalRefitting.Decided>, ProposalPolicy,
                Optional<ProposalRefitting.Refit>> counting = (d, p) -> {
                    fits.incrementAndGet();
                    return DecisionRefit.refit(d, p);
                };
        List<ProposalRefitting.Decided> decisions = decided(300);
        var first = recent.get(decisions, ProposalPolicy.defaults(), counting);
        var again = recent.get(new ArrayList<>(decisions), ProposalPolicy.defaults(), counting);
        assertEquals(1, fits.get(), "the same decisions, read anew");
        assertEquals(first, again);

        List<ProposalRefitting.Decided> oneMore = new ArrayList<>(decisions);
        oneMore.add(new ProposalRefitting.Decided(new double[MEASURES], false, false));
        assertEquals(301, recent.get(oneMore, ProposalPolicy.defaults(), counting).orElseThrow().decisions());
        assertEquals(2, fits.get(), "a decision added");

        ProposalRefitting.Decided changed = decisions.get(0);
        List<ProposalRefitting.Decided> oneChanged = new ArrayList<>(decisions);
        oneChanged.set(0, new ProposalRefitting.Decided(changed.measures(), !changed.known(), changed.firstLinked()));
        recent.get(oneChanged, ProposalPolicy.defaults(), counting);
        assertEquals(3, fits.get(), "a decision changed");

        recent.get(decisions, ProposalPolicy.defaults().withThreshold(0.7), counting);
        assertEquals(4, fits.get(), "another proposal in force");
        recent.get(decisions, ProposalPolicy.defaults(), counting);
        assertEquals(4, fits.get(), "the first is still kept");
    }
}
