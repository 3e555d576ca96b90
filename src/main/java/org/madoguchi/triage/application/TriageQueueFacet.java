package org.madoguchi.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.persistence.QueueFacet;
import org.madoguchi.triage.domain.Decision;
import org.madoguchi.triage.domain.IntakeProposal;
import org.madoguchi.triage.domain.TriageDecision;

/**
 * Filters the queue by where a ticket stands in first-line triage, as its badge there says: proposed on arrival
 * and not yet decided (likely known, likely new), not decided at all, or decided (by the latest decision).
 * "Likely known" lists the inquiries the desk can probably answer at once.
 */
@ApplicationScoped
public class TriageQueueFacet implements QueueFacet {

    /** The choices, in menu order. */
    public enum Choice { LIKELY_KNOWN, LIKELY_NEW, UNDECIDED, DECIDED_KNOWN, DECIDED_NEW }

    public static final String KEY = "triage";

    private static final List<String> VALUES = Arrays.stream(Choice.values()).map(Enum::name).toList();

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public List<String> values() {
        return VALUES;
    }

    @Override
    public Predicate restrict(CriteriaBuilder cb, AbstractQuery<?> query, Root<Ticket> ticket, String value) {
        return switch (Choice.valueOf(value)) {
            case LIKELY_KNOWN -> cb.and(proposed(cb, query, ticket, Decision.KNOWN), cb.not(decided(cb, query, ticket)));
            case LIKELY_NEW -> cb.and(proposed(cb, query, ticket, Decision.NEW), cb.not(decided(cb, query, ticket)));
            case UNDECIDED -> cb.not(decided(cb, query, ticket));
            case DECIDED_KNOWN -> lastDecided(cb, query, ticket, Decision.KNOWN);
            case DECIDED_NEW -> lastDecided(cb, query, ticket, Decision.NEW);
        };
    }

    private static Predicate proposed(CriteriaBuilder cb, AbstractQuery<?> query, Root<Ticket> ticket, Decision decision) {
        Subquery<Long> proposal = query.subquery(Long.class);
        Root<IntakeProposal> p = proposal.from(IntakeProposal.class);
        proposal.select(p.get("ticketId"))
                .where(cb.equal(p.get("ticketId"), ticket.get("id")), cb.equal(p.get("proposed"), decision));
        return cb.exists(proposal);
    }

    private static Predicate decided(CriteriaBuilder cb, AbstractQuery<?> query, Root<Ticket> ticket) {
        Subquery<Long> decisions = query.subquery(Long.class);
        Root<TriageDecision> d = decisions.from(TriageDecision.class);
        decisions.select(d.get("id")).where(cb.equal(d.get("ticket"), ticket));
        return cb.exists(decisions);
    }

    /** The ticket's latest decision (by time, then by entry) is {@code decision}: a later one overrules. */
    private static Predicate lastDecided(CriteriaBuilder cb, AbstractQuery<?> query, Root<Ticket> ticket,
                                         Decision decision) {
        Subquery<Long> latest = query.subquery(Long.class);
        Root<TriageDecision> d = latest.from(TriageDecision.class);
        Subquery<Long> later = latest.subquery(Long.class);
        Root<TriageDecision> after = later.from(TriageDecision.class);
        later.select(after.get("id")).where(cb.equal(after.get("ticket"), d.get("ticket")),
                cb.or(cb.greaterThan(after.<Instant>get("decidedAt"), d.<Instant>get("decidedAt")),
                        cb.and(cb.equal(after.get("decidedAt"), d.get("decidedAt")),
                                cb.greaterThan(after.<Long>get("id"), d.<Long>get("id")))));
        latest.select(d.get("id")).where(cb.equal(d.get("ticket"), ticket), cb.equal(d.get("decision"), decision),
                cb.not(cb.exists(later)));
        return cb.exists(latest);
    }
}
