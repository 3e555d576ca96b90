package org.madoguchi.triage.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.Violation;

/**
 * The decisions a review (or an evaluation set made of them) covers: each inquiry's first decision, when it fell in
 * the last {@code days} days; 0 asks for every decision ever recorded. Its proposal is the one weighed: a later
 * decision on the same inquiry was proposed to with its own wording already learnt, and would flatter the proposal.
 * What the agent decided last is the verdict: a link corrected later was a mistake, not the answer.
 */
public record ReviewPeriod(int days) {

    /** The longest period, in days. */
    public static final int MAX_DAYS = 3660;

    /** JPQL: the decision {@code d} is the first on its inquiry. */
    static final String FIRST_DECISION = """
            not exists (
              select e.id from TriageDecision e where e.ticket = d.ticket
              and (e.decidedAt < d.decidedAt or (e.decidedAt = d.decidedAt and e.id < d.id)))""";

    /** JPQL: of the decisions {@code d}, each inquiry's first, decided at {@code :since} or later. */
    static final String FIRST_DECISIONS = "d.decidedAt >= :since and " + FIRST_DECISION;

    /**
     * JPQL: the decision {@code l} is the latest on its inquiry (the verdict, corrections included).
     */
    static final String LATEST_DECISION = """
            not exists (
              select e.id from TriageDecision e where e.ticket = l.ticket
              and (e.decidedAt > l.decidedAt or (e.decidedAt = l.decidedAt and e.id > l.id)))""";

    /** JPQL: the decision {@code l} is the verdict on the inquiry of {@code d}: its latest decision. */
    static final String VERDICT = "l.ticket = d.ticket and " + LATEST_DECISION;

    public ReviewPeriod {
        if (days < 0 || days > MAX_DAYS) {
            throw invalid();
        }
    }

    /** The period as a request writes it: a whole number of days. */
    public static ReviewPeriod parse(String days) {
        try {
            return new ReviewPeriod(Integer.parseInt(days == null ? "" : days.strip()));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException(Violation.of("days", "validation.range", 0, MAX_DAYS));
    }

    /** Where the period starts, seen from now. */
    Instant since(Clock clock) {
        return days == 0 ? Instant.EPOCH : clock.instant().minus(Duration.ofDays(days));
    }
}
