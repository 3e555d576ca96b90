package org.madoguchi.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityTest {

    /** The ITIL matrix as documented on {@link Priority#of}. */
    @ParameterizedTest(name = "impact {0}, urgency {1} -> {2}")
    @CsvSource({
            "HIGH,   HIGH,   CRITICAL",
            "HIGH,   MEDIUM, HIGH",
            "HIGH,   LOW,    MEDIUM",
            "MEDIUM, HIGH,   HIGH",
            "MEDIUM, MEDIUM, MEDIUM",
            "MEDIUM, LOW,    LOW",
            "LOW,    HIGH,   MEDIUM",
            "LOW,    MEDIUM, LOW",
            "LOW,    LOW,    LOW"
    })
    void priorityFollowsTheImpactUrgencyMatrix(Level impact, Level urgency, Priority expected) {
        assertEquals(expected, Priority.of(impact, urgency));
    }
}
