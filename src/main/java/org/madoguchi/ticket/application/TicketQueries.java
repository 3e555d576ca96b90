package org.madoguchi.ticket.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.persistence.QueueFacet;
import org.madoguchi.ticket.persistence.RequesterSummary;
import org.madoguchi.ticket.persistence.TicketFilter;
import org.madoguchi.ticket.persistence.TicketRepository;

/** Read-only views over many tickets: the queue and the requester list. */
@ApplicationScoped
public class TicketQueries {

    public static final int MAX_PAGE_SIZE = 200;

    /** One page of the queue and the number of tickets that match in all. */
    public record Page<T>(List<T> items, long total, int first, int size) {
    }

    @Inject
    TicketRepository tickets;
    @Inject
    CurrentUser currentUser;
    @Inject
    Settings settings;

    @Transactional
    public Page<Ticket> queue(TicketFilter filter, int first, int size) {
        currentUser.require(Permission.VIEW_TICKETS);
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int start = Math.max(0, first);
        List<Ticket> items = tickets.page(filter, settings.zone(), start, pageSize);
        return new Page<>(items, tickets.count(filter, settings.zone()), start, pageSize);
    }

    /** What else the queue can be filtered by: the facets other features offer. */
    public List<QueueFacet> facets() {
        return tickets.facets();
    }

    @Transactional
    public List<RequesterSummary> requesters(String text, int first, int size) {
        currentUser.require(Permission.VIEW_TICKETS);
        return tickets.requesters(text, Math.max(0, first), Math.clamp(size, 1, MAX_PAGE_SIZE));
    }
}
