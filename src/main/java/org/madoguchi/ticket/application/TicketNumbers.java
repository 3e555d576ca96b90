package org.madoguchi.ticket.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import org.madoguchi.ticket.domain.TicketNumber;
import org.madoguchi.ticket.domain.TicketNumberCounter;
import org.madoguchi.ticket.persistence.TicketRepository;

/**
 * Hands out ticket numbers: per year (in the desk's time zone), gap-free within committed tickets, safe
 * under concurrent intake because the year's counter row is locked until the ticket commits.
 */
@ApplicationScoped
public class TicketNumbers {

    @Inject
    TicketRepository tickets;
    @Inject
    CounterRows counterRows;

    /** Must run inside the transaction that stores the ticket. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TicketNumber next(Instant receivedAt, ZoneId zone) {
        int year = receivedAt.atZone(zone).getYear();
        return tickets.lockedCounter(year)
                .or(() -> {
                    try {
                        counterRows.create(year);
                    } catch (RuntimeException lostRace) {
                        // another request created the row first: the unique key did its job
                    }
                    return tickets.lockedCounter(year);
                })
                .orElseThrow()
                .next();
    }

    /** Creates a year's counter in its own transaction, so that a lost race does not spoil the caller's. */
    @ApplicationScoped
    public static class CounterRows {

        @Inject
        TicketRepository tickets;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(int year) {
            tickets.addCounter(new TicketNumberCounter(year));
        }
    }
}
