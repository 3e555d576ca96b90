package org.madoguchi.ticket.persistence;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.madoguchi.ticket.domain.Priority;
import org.madoguchi.ticket.domain.TicketStatus;
import org.madoguchi.ticket.domain.TicketType;

/**
 * What the queue shows: any combination of filters, a text filter over number, subject, description and
 * requester, the values chosen for other features' {@link QueueFacet}s (by key), a sort field and a page. Empty
 * sets, maps and nulls mean "any".
 */
public record TicketFilter(Set<TicketStatus> statuses, Set<TicketType> types, Set<Priority> priorities,
                           String systemCode, String assignee, LocalDate receivedFrom, LocalDate receivedTo,
                           String text, Map<String, String> facets, Sort sort, boolean descending)
        implements Serializable {

    /** {@code assignee} value that selects unassigned tickets. */
    public static final String UNASSIGNED = "-";

    public enum Sort { RECEIVED, UPDATED, PRIORITY, NUMBER, STATUS }

    public TicketFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        types = types == null ? Set.of() : Set.copyOf(types);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        facets = facets == null ? Map.of() : chosen(facets);
        sort = sort == null ? Sort.RECEIVED : sort;
    }

    /** The facets set to a value ("any" is left out). */
    private static Map<String, String> chosen(Map<String, String> facets) {
        Map<String, String> set = new HashMap<>();
        facets.forEach((key, value) -> {
            if (key != null && value != null && !value.isBlank()) {
                set.put(key, value);
            }
        });
        return Map.copyOf(set);
    }

    public static TicketFilter all() {
        return new TicketFilter(null, null, null, null, null, null, null, null, null, Sort.RECEIVED, true);
    }

    public TicketFilter withStatuses(Set<TicketStatus> s) {
        return new TicketFilter(s, types, priorities, systemCode, assignee, receivedFrom, receivedTo, text, facets,
                sort, descending);
    }

    public TicketFilter withText(String t) {
        return new TicketFilter(statuses, types, priorities, systemCode, assignee, receivedFrom, receivedTo, t, facets,
                sort, descending);
    }

    public TicketFilter withFacets(Map<String, String> f) {
        return new TicketFilter(statuses, types, priorities, systemCode, assignee, receivedFrom, receivedTo, text, f,
                sort, descending);
    }

    public TicketFilter sortedBy(Sort s, boolean descendingOrder) {
        return new TicketFilter(statuses, types, priorities, systemCode, assignee, receivedFrom, receivedTo, text, facets,
                s, descendingOrder);
    }
}
