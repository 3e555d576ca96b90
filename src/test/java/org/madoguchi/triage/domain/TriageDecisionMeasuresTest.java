package org.madoguchi.triage.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The proposal's measures as a decision keeps them in one column. */
class TriageDecisionMeasuresTest {

    @Test
    void measuresAreReadBack() {
        assertArrayEquals(new double[] {0.1234, 1.0, 0.0}, TriageDecision.measures("0.1234,1.0000, 0.0000"));
    }

    @Test
    void noneOrUnreadableMeasuresAreNone() {
        assertNull(TriageDecision.measures(null));
        assertNull(TriageDecision.measures(" "));
        assertNull(TriageDecision.measures("0.1,x"), "a hand-edited row teaches nothing");
    }
}
