package org.madoguchi.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.madoguchi.account.domain.Account;
import org.madoguchi.account.domain.Role;
import org.madoguchi.ticket.domain.AffectedSystem;
import org.madoguchi.ticket.domain.Channel;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.MessageKind;
import org.madoguchi.ticket.domain.TicketNumber;
import org.madoguchi.ticket.domain.TicketStatus;
import org.madoguchi.ticket.domain.TicketType;

/** The demo year looks like a real desk's: every status, type and channel, answers where answered. */
class DemoTicketHistoryTest {

    static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    List<Ticket> generate() {
        Map<String, AffectedSystem> systems = new HashMap<>();
        for (String code : List.of("LEDGER", "GIS", "TABLET", "REPORTS", "ACCOUNT", "OTHER")) {
            systems.put(code, new AffectedSystem(code, code, code, 0));
        }
        List<Account> agents = List.of(
                new Account("operator", "担当", null, "h", EnumSet.of(Role.OPERATOR), NOW),
                new Account("manager", "管理", null, "h", EnumSet.of(Role.MANAGER), NOW));
        AtomicInteger sequence = new AtomicInteger();
        return new DemoTicketHistory(NOW, ZoneId.of("Asia/Tokyo"), systems, agents)
                .generate(DemoTicketHistory.DEFAULT_COUNT,
                        at -> new TicketNumber(at.atZone(ZoneId.of("Asia/Tokyo")).getYear(), sequence.incrementAndGet()));
    }

    @Test
    void aYearOfTicketsInEveryStatusTypeAndChannel() {
        List<Ticket> tickets = generate();
        assertTrue(tickets.size() >= 300, "at least 300 tickets: " + tickets.size());
        Map<TicketStatus, Long> byStatus = tickets.stream()
                .collect(Collectors.groupingBy(Ticket::getStatus, Collectors.counting()));
        assertEquals(EnumSet.allOf(TicketStatus.class), byStatus.keySet(), byStatus.toString());
        assertEquals(EnumSet.allOf(TicketType.class),
                tickets.stream().map(Ticket::getType).collect(Collectors.toCollection(() -> EnumSet.noneOf(TicketType.class))));
        assertEquals(EnumSet.allOf(Channel.class),
                tickets.stream().map(Ticket::getChannel).collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class))));
        assertTrue(tickets.stream().anyMatch(t -> t.getReceivedAt().isBefore(NOW.minusSeconds(300L * 86400))),
                "the history reaches back most of a year");
    }

    @Test
    void finishedTicketsHaveAnswersAndNothingHappensInTheFuture() {
        for (Ticket t : generate()) {
            if (t.getStatus() == TicketStatus.ANSWERED || t.getStatus() == TicketStatus.CLOSED) {
                assertNotNull(t.getAnswer(), t.getNumber());
                assertNotNull(t.getAnsweredAt(), t.getNumber());
            }
            assertFalse(t.getUpdatedAt().isAfter(NOW), t.getNumber() + " updated in the future");
            t.getEvents().forEach(e -> assertFalse(e.getOccurredAt().isAfter(NOW), t.getNumber() + " " + e.getField()));
        }
    }

    @Test
    void aTicketAnsweredAgainKeepsAnAnswerThatStandsOnItsOwn() {
        List<Ticket> answeredTwice = generate().stream()
                .filter(t -> t.getMessages().stream().filter(m -> m.getKind() == MessageKind.ANSWER).count() > 1)
                .toList();
        assertFalse(answeredTwice.isEmpty(), "some requesters come back after the answer");
        for (Ticket t : answeredTwice) {
            String first = t.getMessages().stream().filter(m -> m.getKind() == MessageKind.ANSWER)
                    .findFirst().orElseThrow().getBody();
            // triage offers a past ticket's answer for reuse: the last answer must still hold the steps
            assertTrue(t.getAnswer().contains(first), t.getNumber() + ": " + t.getAnswer());
        }
    }

    @Test
    void theSameDayGivesTheSameDemo() {
        Set<String> first = generate().stream().map(t -> t.getNumber() + t.getSubject()).collect(Collectors.toSet());
        Set<String> second = generate().stream().map(t -> t.getNumber() + t.getSubject()).collect(Collectors.toSet());
        assertEquals(first, second);
    }
}
