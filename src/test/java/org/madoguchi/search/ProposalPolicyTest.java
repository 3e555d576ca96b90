package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A proposal policy written as a setting, as {@code bin/triage-eval --fit} prints it. */
class ProposalPolicyTest {

    @Test
    void aSettingReadsBackAsThePolicy() {
        ProposalPolicy defaults = ProposalPolicy.defaults();
        ProposalPolicy read = ProposalPolicy.parse(defaults.setting(), 0.7);
        assertEquals(defaults.bias(), read.bias(), 1e-9);
        assertArrayEquals(defaults.weights(), read.weights(), 1e-9);
        assertEquals(0.7, read.threshold());
        assertEquals(defaults.setting(), ProposalPolicy.parse(" -2.813, 1.193 3.729,0,0,0,2.356,1.576,-4,2.35 ", 0.5)
                .setting(), "commas or spaces");
    }

    @Test
    void aWrongSettingSaysWhatAPolicyIs() {
        var count = assertThrows(IllegalArgumentException.class, () -> ProposalPolicy.parse("-2,1,3", 0.5));
        assertTrue(count.getMessage().contains("a bias and 9 weights (coverage, margin"), count.getMessage());
        var word = assertThrows(IllegalArgumentException.class,
                () -> ProposalPolicy.parse("-2,1,3,0,0,0,1,1,-4,x", 0.5));
        assertTrue(word.getMessage().contains("not x"), word.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProposalPolicy.parse("-2,1,3,0,0,0,1,1,-4,NaN", 0.5));
        assertThrows(IllegalArgumentException.class, () -> ProposalPolicy.parse(null, 0.5));
    }
}
