package org.madoguchi.ticket.persistence;

import java.time.LocalDate;
import java.util.Set;
import org.madoguchi.ticket.domain.Priority;
import org.madoguchi.ticket.domain.TicketStatus;
import org.madoguchi.ticket.domain.TicketType;

/**
 * What the queue shows: any combination of filters, a text filter over number, subject, description and
 * requester, a sort field and a page. Empty sets and nulls mean "any".
 */
public record TicketFilter(Set<TicketStatus> statuses, Set<TicketType> types, Set<Priority> priorities,
                           String systemCode, String assignee, LocalDate receivedFrom, LocalDate receivedTo,
                           String text, Sort sort, boolean descending) {

    /** {@code assignee} value that selects unassigned tickets. */
    public static final String UNASSIGNED = "-";

    public enum Sort { RECEIVED, UPDATED, PRIORITY, NUMBER, STATUS }

    public TicketFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        types = types == null ? Set.of() : Set.copyOf(types);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        sort = sort == null ? Sort.RECEIVED : sort;
    }

    public static TicketFilter all() {
        return new TicketFilter(null, null, null, null, null, null, null, null, Sort.RECEIVED, true);
    }

    public TicketFilter withStatuses(Set<TicketStatus> s) {
        return new TicketFilter(s, types, priorities, systemCode, assignee, receivedFrom, receivedTo, text, sort,
                descending);
    }

    public TicketFilter withText(String t) {
        return new TicketFilter(statuses, types, priorities, systemCode, assignee, receivedFrom, receivedTo, t, sort,
                descending);
    }
}
