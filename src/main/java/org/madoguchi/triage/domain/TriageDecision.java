package org.madoguchi.triage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.madoguchi.ticket.domain.Ticket;

/**
 * An agent's triage decision on an inquiry, with what the system had proposed (its decision, confidence and first
 * case): {@link ProposalReview} weighs the one against the other.
 */
@Entity
@Table(name = "triage_decision")
public class TriageDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "triage_decision_seq")
    @SequenceGenerator(name = "triage_decision_seq", sequenceName = "triage_decision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Decision decision;

    @Column(name = "target_kind", length = 10)
    private String targetKind;

    @Column(name = "target_id", length = 40)
    private String targetId;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Decision proposed;

    private Double confidence;

    @Column(name = "proposed_kind", length = 10)
    private String proposedKind;

    @Column(name = "proposed_id", length = 40)
    private String proposedId;

    /** The proposal's measures, comma-separated ({@link #measures()}); null for decisions recorded without them. */
    @Column(name = "proposal_features", length = 200)
    private String proposalFeatures;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected TriageDecision() {
    }

    public TriageDecision(Ticket ticket, Decision decision, String targetKind, String targetId, Proposed proposed,
                          String decidedBy, Instant decidedAt) {
        if (decision == Decision.KNOWN && (targetKind == null || targetId == null)) {
            throw new IllegalArgumentException("a known issue links to what answers it");
        }
        this.ticket = ticket;
        this.decision = decision;
        this.targetKind = decision == Decision.KNOWN ? targetKind : null;
        this.targetId = decision == Decision.KNOWN ? targetId : null;
        this.proposed = proposed.decision();
        this.confidence = proposed.confidence();
        this.proposedKind = proposed.kind();
        this.proposedId = proposed.id();
        this.proposalFeatures = format(proposed.features());
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /**
     * What triage proposed when the agent decided: its decision and confidence, the case it put first (kind and id;
     * null when it found none), and the measures the proposal was computed from (null when not known).
     */
    public record Proposed(Decision decision, Double confidence, String kind, String id, double[] features) {
    }

    private static String format(double[] values) {
        if (values == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (double value : values) {
            out.append(out.isEmpty() ? "" : ",").append(String.format(Locale.ROOT, "%.4f", value));
        }
        return out.toString();
    }

    /** The measures the proposal was computed from, or null when they were not kept. */
    public double[] measures() {
        return measures(proposalFeatures);
    }

    /** Measures as the column keeps them; null for none. */
    public static double[] measures(String column) {
        if (column == null || column.isBlank()) {
            return null;
        }
        try {
            return Arrays.stream(column.split(",")).mapToDouble(v -> Double.parseDouble(v.strip())).toArray();
        } catch (NumberFormatException e) { // not as this class writes it: no measures to learn from
            return null;
        }
    }

    /** Whether this decision linked the inquiry to that ticket or article ({@code kind} null: to nothing). */
    public boolean linksTo(String kind, String id) {
        return decision == Decision.KNOWN && kind != null && kind.equals(targetKind) && targetId.equals(id);
    }

    /** How the history shows it. */
    public String summary() {
        return decision == Decision.KNOWN ? "KNOWN " + targetKind + " " + targetId : "NEW";
    }

    public Decision getDecision() {
        return decision;
    }

    public String getTargetKind() {
        return targetKind;
    }

    public String getTargetId() {
        return targetId;
    }

    public Decision getProposed() {
        return proposed;
    }

    public Double getConfidence() {
        return confidence;
    }

    public String getProposedKind() {
        return proposedKind;
    }

    public String getProposedId() {
        return proposedId;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
