package org.madoguchi.triage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * What triage proposed for an inquiry as it came in: known (with the case it put first) or new, and how sure it
 * was. Written once per ticket, after the ticket was committed; the queue shows it until an agent decides.
 */
@Entity
@Table(name = "triage_at_intake")
public class IntakeProposal {

    @Id
    @Column(name = "ticket_id")
    private Long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Decision proposed;

    @Column(nullable = false)
    private double confidence;

    @Column(name = "case_kind", length = 10)
    private String caseKind;

    @Column(name = "case_id", length = 40)
    private String caseId;

    @Column(name = "triaged_at", nullable = false)
    private Instant triagedAt;

    protected IntakeProposal() {
    }

    /**
     * @param caseKind the first case's kind ({@code ticket} or {@code article}); null when nothing was found
     * @param caseId   its ticket number or article id
     */
    public IntakeProposal(Long ticketId, Decision proposed, double confidence, String caseKind, String caseId,
                          Instant triagedAt) {
        if (proposed == Decision.KNOWN && (caseKind == null || caseId == null)) {
            throw new IllegalArgumentException("a known issue is known from a case");
        }
        this.ticketId = Objects.requireNonNull(ticketId);
        this.proposed = Objects.requireNonNull(proposed);
        // stored with four decimals (NUMBER(5,4)); a rounding up to 1.0001 is not a confidence
        this.confidence = Math.max(0, Math.min(1, confidence));
        this.caseKind = caseKind;
        this.caseId = caseId;
        this.triagedAt = Objects.requireNonNull(triagedAt);
    }

    /** Whether triage took the inquiry for a known issue. */
    public boolean isKnown() {
        return proposed == Decision.KNOWN;
    }

    /** The confidence in whole percent, as the queue shows it (0.915 is 91%: never rounded up to look surer). */
    public int percent() {
        return (int) Math.floor(confidence * 100 + 1e-9);
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Decision getProposed() {
        return proposed;
    }

    public double getConfidence() {
        return confidence;
    }

    public String getCaseKind() {
        return caseKind;
    }

    public String getCaseId() {
        return caseId;
    }

    public Instant getTriagedAt() {
        return triagedAt;
    }
}
