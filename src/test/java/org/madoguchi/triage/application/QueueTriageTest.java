package org.madoguchi.triage.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.madoguchi.triage.domain.Decision;
import org.madoguchi.triage.domain.IntakeProposal;

class QueueTriageTest {

    private static final Instant AT = Instant.parse("2026-11-28T01:00:00Z");

    @Test
    void aKnownProposalNamesItsCaseAndASurenessThatIsNeverRoundedUp() {
        QueueTriage likely = QueueTriage.proposed(new IntakeProposal(7L, Decision.KNOWN, 0.9199, "ticket", "2026-000012", AT));
        assertEquals(QueueTriage.State.LIKELY_KNOWN, likely.state());
        assertEquals(91, likely.percent(), "91.99% shows as 91%");
        assertEquals("2026-000012", likely.caseId());
    }

    @Test
    void aNewProposalNamesNoCase() {
        QueueTriage likely = QueueTriage.proposed(new IntakeProposal(7L, Decision.NEW, 0.12, "article", "k1", AT));
        assertEquals(QueueTriage.State.LIKELY_NEW, likely.state());
        assertNull(likely.caseId(), "the closest case of a new issue does not answer it");
    }

    @Test
    void anAgentsDecisionIsShownAsDecidedWithoutACase() {
        assertEquals(QueueTriage.State.DECIDED_KNOWN, QueueTriage.decided(Decision.KNOWN).state());
        assertEquals(QueueTriage.State.DECIDED_NEW, QueueTriage.decided(Decision.NEW).state());
        assertNull(QueueTriage.decided(Decision.KNOWN).caseId());
    }

    @Test
    void aKnownProposalNeedsItsCaseAndAConfidenceStaysWithinZeroAndOne() {
        assertThrows(IllegalArgumentException.class, () -> new IntakeProposal(7L, Decision.KNOWN, 0.9, null, null, AT));
        assertEquals(1.0, new IntakeProposal(7L, Decision.KNOWN, 1.00004, "ticket", "2026-000012", AT).getConfidence());
        assertEquals(100, new IntakeProposal(7L, Decision.KNOWN, 1.0, "ticket", "2026-000012", AT).percent());
        assertEquals(0.0, new IntakeProposal(7L, Decision.NEW, -0.1, null, null, AT).getConfidence());
    }
}
