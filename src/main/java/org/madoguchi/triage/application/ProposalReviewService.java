package org.madoguchi.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.Violation;
import org.madoguchi.triage.domain.Decision;
import org.madoguchi.triage.domain.ProposalReview;

/** The review of triage proposals against the agents' decisions, over a recent period. */
@ApplicationScoped
public class ProposalReviewService {

    /** The longest period reviewed, in days; 0 asks for every decision ever recorded. */
    public static final int MAX_DAYS = 3660;

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentUser currentUser;
    @Inject
    Settings settings;
    @Inject
    Clock clock;

    /**
     * Each inquiry counts once, by its first decision, and only if that fell in the last {@code days} days: a later
     * decision on the same inquiry was proposed to with its own wording already learnt, and would flatter the
     * proposal.
     */
    @Transactional
    public ProposalReview review(int days) {
        currentUser.require(Permission.CONFIGURE);
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidInputException(Violation.of("days", "validation.range", 0, MAX_DAYS));
        }
        Instant since = days == 0 ? Instant.EPOCH : clock.instant().minus(Duration.ofDays(days));
        List<Object[]> firsts = em.createQuery("""
                select d.decision, d.confidence, d.proposed, d.targetKind, d.targetId, d.proposedKind, d.proposedId
                from TriageDecision d
                where d.decidedAt >= :since and not exists (
                  select e.id from TriageDecision e where e.ticket = d.ticket
                  and (e.decidedAt < d.decidedAt or (e.decidedAt = d.decidedAt and e.id < d.id)))""", Object[].class)
                .setParameter("since", since).getResultList();
        return ProposalReview.of(firsts.stream().map(ProposalReviewService::outcome).toList(),
                settings.triageKnownThreshold());
    }

    private static ProposalReview.Outcome outcome(Object[] row) {
        boolean known = row[0] == Decision.KNOWN;
        Double confidence = (Double) row[1];
        Boolean firstLinked = !known || row[6] == null ? null
                : Objects.equals(row[3], row[5]) && Objects.equals(row[4], row[6]);
        return new ProposalReview.Outcome(known, confidence == null ? 0 : confidence, (Decision) row[2], firstLinked);
    }
}
