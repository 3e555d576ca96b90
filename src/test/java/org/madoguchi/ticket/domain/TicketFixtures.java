package org.madoguchi.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

/** Shared ticket set-up for the Ticket tests: a fixed clock start, two actors and a valid draft. */
final class TicketFixtures {

    static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");
    static final Actor AGENT = new Actor("operator", "担当");
    static final Actor REQUESTER = Actor.requester("山田 太郎");

    private TicketFixtures() {
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    static AffectedSystem gis() {
        return new AffectedSystem("GIS", "GIS地図", "GIS map", 20);
    }

    static TicketDraft draft(TicketType type, Level impact, Level urgency, boolean security) {
        return new TicketDraft(type, " 地図が表示されない ", "朝から\r\n表示されない", "山田 太郎", "下水道課",
                "Taro@Example.jp", null, "GIS", impact, urgency, security).normalised();
    }

    static Ticket open(TicketType type, Level impact, Level urgency, boolean security) {
        return Ticket.open(new TicketNumber(2026, 123), draft(type, impact, urgency, security), Channel.WEB, gis(),
                "token-123", REQUESTER, T0);
    }

    static Ticket open() {
        return open(TicketType.INQUIRY, Level.MEDIUM, Level.MEDIUM, false);
    }

    static TicketEvent lastEvent(Ticket t) {
        return t.getEvents().getLast();
    }

    static List<String> fields(Ticket t) {
        return t.getEvents().stream().map(TicketEvent::getField).toList();
    }

    static void assertEvent(TicketEvent e, String field, String oldValue, String newValue, Actor actor,
                            Instant when) {
        assertEquals(field, e.getField(), "field");
        assertEquals(oldValue, e.getOldValue(), "old value of " + field);
        assertEquals(newValue, e.getNewValue(), "new value of " + field);
        assertEquals(actor.username(), e.getActorUsername(), "actor user name");
        assertEquals(actor.displayName(), e.getActorName(), "actor name");
        assertEquals(when, e.getOccurredAt(), "time of " + field);
    }
}
