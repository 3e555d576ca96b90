package org.madoguchi.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.triage.domain.Decision;
import org.madoguchi.triage.domain.ProposalReview;
import org.madoguchi.triage.domain.TriageDecision;

/** The review of triage proposals against the agents' decisions, over a recent period. */
@ApplicationScoped
public class ProposalReviewService {

    /** The latest decisions that went against the proposal, listed for the review to read. */
    public static final int OVERRULED_LISTED = 20;

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentUser currentUser;
    @Inject
    Settings settings;
    @Inject
    Clock clock;
    @Inject
    ProposalRefitting refitting;

    /** How an agent's decision went against the proposal. */
    public enum Disagreement {
        /** Proposed as known, decided new. */
        NOT_KNOWN,
        /** Proposed as new, linked to a known case. */
        KNOWN_AFTER_ALL,
        /** Known, as proposed, but linked to another case than the first candidate. */
        OTHER_CASE
    }

    /** One decision against the proposal: the inquiry, what was proposed and what the agent decided. */
    public record Overruled(String number, String subject, Disagreement disagreement, double confidence,
                           String proposedId, String linkedId, Instant decidedAt) {
    }

    /**
     * The figures of the period, its latest overruled proposals (newest first), and the proposal refitted on its
     * decisions (null when they are too few).
     */
    public record Reviewed(ProposalReview figures, List<Overruled> overruled, ProposalRefitting.Refit refit) {
    }

    /** An inquiry's first decision (its proposal, measures and time) with the agent's last word on it. */
    private record FirstDecision(String number, String subject, boolean known, double confidence, Decision proposed,
                                 String linkedKind, String linkedId, String proposedKind, String proposedId,
                                 Instant decidedAt, double[] measures) {

        Boolean firstLinked() {
            return !known || proposedId == null ? null
                    : Objects.equals(linkedKind, proposedKind) && Objects.equals(linkedId, proposedId);
        }

        Disagreement disagreement() {
            if (proposed == Decision.KNOWN && !known) {
                return Disagreement.NOT_KNOWN;
            }
            if (proposed == Decision.NEW && known) {
                return Disagreement.KNOWN_AFTER_ALL;
            }
            return Boolean.FALSE.equals(firstLinked()) ? Disagreement.OTHER_CASE : null;
        }
    }

    /**
     * Each inquiry counts once, if its first decision fell in the period ({@link ReviewPeriod}): what was proposed
     * then, against what the agent decided last.
     */
    @Transactional
    public Reviewed review(int days) {
        currentUser.require(Permission.CONFIGURE);
        Instant since = new ReviewPeriod(days).since(clock);
        List<FirstDecision> firsts = em.createQuery("""
                select t.number, t.subject, l.decision, d.confidence, d.proposed, l.targetKind, l.targetId,
                       d.proposedKind, d.proposedId, d.decidedAt, d.proposalFeatures
                from TriageDecision d join d.ticket t, TriageDecision l
                where %s and %s
                order by d.decidedAt desc, d.id desc""".formatted(ReviewPeriod.FIRST_DECISIONS,
                        ReviewPeriod.VERDICT), Object[].class)
                .setParameter("since", since).getResultStream().map(ProposalReviewService::firstDecision).toList();
        ProposalReview figures = ProposalReview.of(firsts.stream().map(f -> new ProposalReview.Outcome(f.known(),
                f.confidence(), f.proposed(), f.firstLinked())).toList(), settings.triageKnownThreshold());
        List<Overruled> overruled = firsts.stream().filter(f -> f.disagreement() != null).limit(OVERRULED_LISTED)
                .map(f -> new Overruled(f.number(), f.subject(), f.disagreement(), f.confidence(), f.proposedId(),
                        f.linkedId(), f.decidedAt())).toList();
        ProposalRefitting.Refit refit = refitting.refit(firsts.stream().filter(f -> f.measures() != null)
                .map(f -> new ProposalRefitting.Decided(f.measures(), f.known(), Boolean.TRUE.equals(f.firstLinked())))
                .toList()).orElse(null);
        return new Reviewed(figures, overruled, refit);
    }

    private static FirstDecision firstDecision(Object[] row) {
        Double confidence = (Double) row[3];
        return new FirstDecision((String) row[0], (String) row[1], row[2] == Decision.KNOWN,
                confidence == null ? 0 : confidence, (Decision) row[4], (String) row[5], (String) row[6],
                (String) row[7], (String) row[8], (Instant) row[9], TriageDecision.measures((String) row[10]));
    }
}
