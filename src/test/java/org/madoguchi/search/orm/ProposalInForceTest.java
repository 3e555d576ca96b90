package org.madoguchi.search.orm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.madoguchi.search.ProposalPolicy;

/** What {@code madoguchi.triage.proposal} and {@code madoguchi.triage.known-threshold} put in force. */
class ProposalInForceTest {

    @Test
    void withoutASettingTheShippedFitHoldsWithTheConfiguredThreshold() {
        ProposalPolicy policy = IndexedSimilarCases.inForce(Optional.empty(), 0.7);
        assertEquals(ProposalPolicy.defaults().setting(), policy.setting());
        assertEquals(0.7, policy.threshold());
        assertEquals(ProposalPolicy.defaults().setting(), IndexedSimilarCases.inForce(Optional.of("  "), 0.5).setting(),
                "an empty environment variable is no setting");
    }

    @Test
    void aRefittedPolicyReplacesTheShippedOne() {
        ProposalPolicy policy = IndexedSimilarCases.inForce(Optional.of("-1.5, 1, 2.5, 0, 0, 0, 1, 1, -4, 1.5"), 0.6);
        assertEquals(-1.5, policy.bias());
        assertArrayEquals(new double[] {1, 2.5, 0, 0, 0, 1, 1, -4, 1.5}, policy.weights());
        assertEquals(0.6, policy.threshold());
    }

    @Test
    void aWrongSettingStopsTheStartNamingIt() {
        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> IndexedSimilarCases.inForce(Optional.of("-1.5, 1, 2.5"), 0.5));
        assertTrue(wrong.getMessage().startsWith("madoguchi.triage.proposal: a proposal policy is a bias and 9 weights"),
                wrong.getMessage());
        assertThrows(IllegalStateException.class, () -> IndexedSimilarCases.inForce(Optional.of("a,b"), 0.5));
    }
}
