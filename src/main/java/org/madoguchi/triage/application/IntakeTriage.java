package org.madoguchi.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketStatus;
import org.madoguchi.ticket.persistence.TicketRepository;
import org.madoguchi.triage.domain.Decision;
import org.madoguchi.triage.domain.IntakeProposal;

/**
 * Triage of every inquiry as it comes in, whatever the channel: the history is searched once the ticket is
 * committed, and the proposal is kept, so that the queue shows which new inquiries look like known issues (to be
 * answered at once) before anyone opens them. The ticket's triage panel still searches afresh when opened.
 */
@ApplicationScoped
public class IntakeTriage {

    @PersistenceContext
    EntityManager em;
    @Inject
    TicketRepository tickets;
    @Inject
    SimilarCases similar;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    /**
     * Searches the history for a ticket's inquiry and keeps the proposal; a ticket triaged before keeps its first.
     * In a transaction of its own: it runs after the ticket's has committed, and its failure must not touch it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<IntakeProposal> triage(String number) {
        Optional<Ticket> ticket = tickets.byNumber(number);
        if (ticket.isEmpty()) {
            return Optional.empty();
        }
        Long id = ticket.get().getId();
        IntakeProposal kept = em.find(IntakeProposal.class, id);
        if (kept != null) {
            return Optional.of(kept);
        }
        SimilarCases.Suggestion suggestion = similar.find(TriageService.inquiryText(ticket.get()), List.of(number), 1);
        SimilarCases.Match first = suggestion.matches().isEmpty() ? null : suggestion.matches().get(0);
        Decision proposed = first == null ? Decision.NEW : suggestion.proposal();
        IntakeProposal proposal = new IntakeProposal(id, proposed, suggestion.confidence(),
                first == null ? null : first.kind(), first == null ? null : first.id(), clock.instant());
        em.persist(proposal);
        return Optional.of(proposal);
    }

    /** The proposal kept for a ticket, if it was triaged as it came in. */
    @Transactional
    public Optional<IntakeProposal> of(String number) {
        currentUser.require(Permission.VIEW_TICKETS);
        return tickets.byNumber(number).map(t -> em.find(IntakeProposal.class, t.getId()));
    }

    /**
     * Triages the open tickets that have neither a proposal nor an agent's decision (tickets received before this
     * existed, or whose triage failed); returns how many it triaged.
     */
    @Transactional
    public int triageUntriagedOpen() {
        List<String> numbers = em.createQuery("select t.number from Ticket t where t.status in :open"
                + " and not exists (select p from IntakeProposal p where p.ticketId = t.id)"
                + " and not exists (select d from TriageDecision d where d.ticket = t)", String.class)
                .setParameter("open", Set.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.WAITING))
                .getResultList();
        numbers.forEach(this::triage);
        return numbers.size();
    }

    /** Where each of these tickets stands in first-line triage, by number, for the queue (one query each kind). */
    @Transactional
    public Map<String, QueueTriage> forQueue(Collection<String> numbers) {
        currentUser.require(Permission.VIEW_TICKETS);
        Map<String, QueueTriage> states = new HashMap<>();
        if (numbers.isEmpty()) {
            return states;
        }
        Set<String> wanted = Set.copyOf(numbers);
        em.createQuery("select t.number, p from IntakeProposal p, Ticket t where t.id = p.ticketId and t.number in :n",
                        Object[].class).setParameter("n", wanted).getResultList()
                .forEach(row -> states.put((String) row[0], QueueTriage.proposed((IntakeProposal) row[1])));
        // the latest decision of each ticket wins over the proposal (and over an earlier decision)
        em.createQuery("select d.ticket.number, d.decision from TriageDecision d where d.ticket.number in :n"
                        + " order by d.decidedAt, d.id", Object[].class).setParameter("n", wanted).getResultList()
                .forEach(row -> states.put((String) row[0], QueueTriage.decided((Decision) row[1])));
        return states;
    }
}
