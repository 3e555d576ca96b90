package org.madoguchi.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TicketStatusTest {

    /**
     * The full workflow matrix, written out: from, to, allowed. Self-moves are not transitions.
     * NEW may go straight to ANSWERED (known issue); only IN_PROGRESS leads back from ANSWERED / CLOSED.
     */
    private static final List<String> TRANSITIONS = List.of(
            "NEW,         NEW,         false",
            "NEW,         IN_PROGRESS, true",
            "NEW,         WAITING,     true",
            "NEW,         ANSWERED,    true",
            "NEW,         CLOSED,      false",
            "IN_PROGRESS, NEW,         false",
            "IN_PROGRESS, IN_PROGRESS, false",
            "IN_PROGRESS, WAITING,     true",
            "IN_PROGRESS, ANSWERED,    true",
            "IN_PROGRESS, CLOSED,      false",
            "WAITING,     NEW,         false",
            "WAITING,     IN_PROGRESS, true",
            "WAITING,     WAITING,     false",
            "WAITING,     ANSWERED,    true",
            "WAITING,     CLOSED,      false",
            "ANSWERED,    NEW,         false",
            "ANSWERED,    IN_PROGRESS, true",
            "ANSWERED,    WAITING,     false",
            "ANSWERED,    ANSWERED,    false",
            "ANSWERED,    CLOSED,      true",
            "CLOSED,      NEW,         false",
            "CLOSED,      IN_PROGRESS, true",
            "CLOSED,      WAITING,     false",
            "CLOSED,      ANSWERED,    false",
            "CLOSED,      CLOSED,      false");

    static Stream<Arguments> transitions() {
        return TRANSITIONS.stream().map(row -> row.split(",")).map(cells -> Arguments.of(
                TicketStatus.valueOf(cells[0].strip()), TicketStatus.valueOf(cells[1].strip()),
                Boolean.parseBoolean(cells[2].strip())));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("transitions")
    void canMoveToFollowsTheWorkflowMatrix(TicketStatus from, TicketStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("transitions")
    void allowedNextAgreesWithCanMoveTo(TicketStatus from, TicketStatus to, boolean allowed) {
        assertEquals(allowed, from.allowedNext().contains(to));
    }

    @Test
    void matrixCoversEveryPairExactlyOnce() {
        Set<String> pairs = new HashSet<>();
        transitions().forEach(a -> pairs.add(a.get()[0] + ">" + a.get()[1]));
        int n = TicketStatus.values().length;
        assertEquals(n * n, TRANSITIONS.size());
        assertEquals(n * n, pairs.size());
    }

    @Test
    void allowedNextIsADefensiveCopy() {
        Set<TicketStatus> next = TicketStatus.NEW.allowedNext();
        next.add(TicketStatus.CLOSED);
        assertFalse(TicketStatus.NEW.canMoveTo(TicketStatus.CLOSED));
        assertEquals(EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.WAITING, TicketStatus.ANSWERED),
                TicketStatus.NEW.allowedNext());
    }

    static Stream<Arguments> allPairs() {
        return Stream.of(TicketStatus.values())
                .flatMap(from -> Stream.of(TicketStatus.values()).map(to -> Arguments.of(from, to)));
    }

    /** Only ANSWERED -> IN_PROGRESS and CLOSED -> IN_PROGRESS are reopens. */
    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allPairs")
    void isReopenToOnlyFromAFinishedStateBackToWork(TicketStatus from, TicketStatus to) {
        Set<String> reopens = Set.of("ANSWERED>IN_PROGRESS", "CLOSED>IN_PROGRESS");
        assertEquals(reopens.contains(from + ">" + to), from.isReopenTo(to));
    }

    @Test
    void everyReopenIsAnAllowedTransition() {
        allPairs().map(Arguments::get)
                .filter(p -> ((TicketStatus) p[0]).isReopenTo((TicketStatus) p[1]))
                .forEach(p -> assertTrue(((TicketStatus) p[0]).canMoveTo((TicketStatus) p[1])));
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"NEW", "IN_PROGRESS", "WAITING"})
    void unfinishedStatusesAreOpen(TicketStatus status) {
        assertTrue(status.isOpen());
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"ANSWERED", "CLOSED"})
    void finishedStatusesAreNotOpen(TicketStatus status) {
        assertFalse(status.isOpen());
    }

    @Test
    void workflowHasExactlyTheFiveKnownStatuses() {
        assertEquals("NEW,IN_PROGRESS,WAITING,ANSWERED,CLOSED",
                Stream.of(TicketStatus.values()).map(Enum::name).collect(Collectors.joining(",")));
    }
}
