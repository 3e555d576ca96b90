package org.madoguchi.ticket.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketEvent;
import org.madoguchi.ticket.domain.TicketMessage;

/** One line of a ticket's timeline: a message, or a change of a field. */
public record TimelineEntry(Instant at, String actor, TicketMessage message, TicketEvent change) {

    public boolean carriesMessage() {
        return message != null;
    }

    /** Messages and changes in time order; a change recorded together with a message comes after it. */
    public static List<TimelineEntry> of(Ticket ticket) {
        List<TimelineEntry> entries = new ArrayList<>();
        ticket.getMessages().forEach(m -> entries.add(new TimelineEntry(m.getCreatedAt(), m.getAuthorName(), m, null)));
        ticket.getEvents().stream()
                .filter(e -> !"answer".equals(e.getField()) && !"firstResponseAt".equals(e.getField()))
                .forEach(e -> entries.add(new TimelineEntry(e.getOccurredAt(), e.getActorName(), null, e)));
        entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(e -> e.carriesMessage() ? 0 : 1));
        return entries;
    }
}
