package org.madoguchi.ticket.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.madoguchi.platform.error.NotFoundException;
import org.madoguchi.ticket.domain.Actor;
import org.madoguchi.ticket.domain.TextRules;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketStatus;
import org.madoguchi.ticket.persistence.TicketRepository;

/**
 * Messages from requesters outside the console (mail replies). There is no signed-in user: the caller has
 * already established that the sender belongs to the ticket. Joins the caller's transaction.
 */
@ApplicationScoped
public class RequesterMessages {

    @Inject
    TicketRepository tickets;
    @Inject
    Clock clock;
    @Inject
    Event<TicketNotice> notices;

    /** The requester's e-mail address and the addresses of agents who worked on it: who may write to it. */
    @Transactional
    public Optional<Participants> participants(String number) {
        return tickets.byNumber(number).map(t -> new Participants(t.getNumber(), t.getStatus(),
                t.getRequester() == null ? null : t.getRequester().email(),
                t.getAssignee() == null ? null : t.getAssignee().getEmail()));
    }

    /** Who belongs to a ticket, as far as mail is concerned. */
    public record Participants(String number, TicketStatus status, String requesterEmail, String assigneeEmail) {

        public boolean includes(String address) {
            return address != null && List.of(nullToEmpty(requesterEmail), nullToEmpty(assigneeEmail)).stream()
                    .anyMatch(known -> !known.isBlank() && known.equalsIgnoreCase(address.strip()));
        }

        private static String nullToEmpty(String s) {
            return s == null ? "" : s;
        }
    }

    /** Adds the requester's message; reopens an answered or closed ticket. */
    @Transactional
    public Ticket append(String number, String body, String senderName) {
        Ticket ticket = tickets.byNumber(number).orElseThrow(() -> new NotFoundException("No ticket " + number));
        String text = TextRules.normalise(body);
        boolean reopened = ticket.receiveFromRequester(text == null || text.isBlank() ? "(empty message)" : text,
                Actor.requester(senderName), clock.instant());
        if (reopened) {
            notices.fire(TicketNotice.of(TicketNotice.Kind.REOPENED, number));
        }
        return ticket;
    }
}
