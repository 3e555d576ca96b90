package org.madoguchi.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.madoguchi.ticket.domain.TicketFixtures.AGENT;
import static org.madoguchi.ticket.domain.TicketFixtures.REQUESTER;
import static org.madoguchi.ticket.domain.TicketFixtures.T0;
import static org.madoguchi.ticket.domain.TicketFixtures.assertEvent;
import static org.madoguchi.ticket.domain.TicketFixtures.at;
import static org.madoguchi.ticket.domain.TicketFixtures.draft;
import static org.madoguchi.ticket.domain.TicketFixtures.fields;
import static org.madoguchi.ticket.domain.TicketFixtures.lastEvent;
import static org.madoguchi.ticket.domain.TicketFixtures.open;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.madoguchi.platform.error.RuleViolationException;

class TicketTest {

    @Test
    void openSetsNumberStatusAndFieldsFromTheDraft() {
        Ticket t = open();
        assertEquals("2026-000123", t.getNumber());
        assertEquals(TicketStatus.NEW, t.getStatus());
        assertEquals(TicketType.INQUIRY, t.getType());
        assertEquals(Channel.WEB, t.getChannel());
        assertEquals("地図が表示されない", t.getSubject());
        assertEquals("朝から\n表示されない", t.getDescription());
        assertEquals("山田 太郎", t.getRequester().name());
        assertEquals("taro@example.jp", t.getRequester().email());
        assertEquals("GIS", t.getSystem().getCode());
        assertEquals("token-123", t.getStatusToken());
        assertEquals(T0, t.getReceivedAt());
        assertEquals(T0, t.getUpdatedAt());
        assertEquals(0, t.getReopenCount());
        assertNull(t.getFirstResponseAt());
        assertNull(t.getAnswer());
        assertNull(t.getAssignee());
        assertFalse(t.isPriorityOverridden());
        assertTrue(t.getMessages().isEmpty());
    }

    @Test
    void openWithoutSystemLeavesItEmpty() {
        Ticket t = Ticket.open(new TicketNumber(2026, 1), draft(TicketType.INQUIRY, null, null, false), Channel.PHONE,
                null, "tok", AGENT, T0);
        assertNull(t.getSystem());
        assertEquals(Priority.MEDIUM, t.getPriority());
    }

    @Test
    void openDerivesPriorityFromImpactAndUrgency() {
        assertEquals(Priority.CRITICAL, open(TicketType.INCIDENT, Level.HIGH, Level.HIGH, false).getPriority());
        assertEquals(Priority.LOW, open(TicketType.INCIDENT, Level.LOW, Level.MEDIUM, false).getPriority());
        assertEquals(Priority.HIGH, open(TicketType.INCIDENT, Level.MEDIUM, Level.HIGH, false).getPriority());
    }

    @Test
    void openRecordsTheCreatedEvent() {
        Ticket t = open();
        assertEquals(List.of(TicketEvent.CREATED), fields(t));
        assertEvent(lastEvent(t), TicketEvent.CREATED, null, "WEB", REQUESTER, T0);
    }

    @Test
    void securityFlagIsKeptOnlyForIncidents() {
        assertTrue(open(TicketType.INCIDENT, Level.HIGH, Level.HIGH, true).isSecurityIncident());
        assertFalse(open(TicketType.INQUIRY, Level.HIGH, Level.HIGH, true).isSecurityIncident());
        assertFalse(open(TicketType.SERVICE_REQUEST, Level.HIGH, Level.HIGH, true).isSecurityIncident());
        assertFalse(open(TicketType.INCIDENT, Level.HIGH, Level.HIGH, false).isSecurityIncident());
    }

    @Test
    void replyOnNewTicketStartsWorkAndSetsFirstResponseOnce() {
        Ticket t = open();
        TicketMessage m = t.addMessage(MessageKind.REPLY, "確認します", AGENT, at(5));
        assertEquals(MessageKind.REPLY, m.getKind());
        assertEquals("operator", m.getAuthorUsername());
        assertEquals(TicketStatus.IN_PROGRESS, t.getStatus());
        assertEquals(at(5), t.getFirstResponseAt());
        assertEquals(List.of("created", "firstResponseAt", "status"), fields(t));
        assertEvent(t.getEvents().get(1), "firstResponseAt", null, at(5).toString(), AGENT, at(5));
        assertEvent(lastEvent(t), "status", "NEW", "IN_PROGRESS", AGENT, at(5));

        t.addMessage(MessageKind.REPLY, "続報です", AGENT, at(10));
        assertEquals(at(5), t.getFirstResponseAt());
        assertEquals(at(10), t.getUpdatedAt());
        assertEquals(3, t.getEvents().size());
        assertEquals(2, t.getMessages().size());
    }

    @Test
    void noteNeitherRespondsNorStartsWork() {
        Ticket t = open();
        t.addMessage(MessageKind.NOTE, "社内メモ", AGENT, at(5));
        assertEquals(TicketStatus.NEW, t.getStatus());
        assertNull(t.getFirstResponseAt());
        assertEquals(List.of("created"), fields(t));
        assertEquals(1, t.getMessages().size());
        assertEquals(at(5), t.getUpdatedAt());
    }

    @Test
    void requesterMessageIsNotAResponse() {
        Ticket t = open();
        t.addMessage(MessageKind.REQUESTER, "追加情報", REQUESTER, at(5));
        assertEquals(TicketStatus.NEW, t.getStatus());
        assertNull(t.getFirstResponseAt());
    }

    @Test
    void interimReportCountsAsResponse() {
        Ticket t = open();
        t.addMessage(MessageKind.INTERIM_REPORT, "調査中です", AGENT, at(5));
        assertEquals(at(5), t.getFirstResponseAt());
        assertEquals(TicketStatus.IN_PROGRESS, t.getStatus());
    }

    @Test
    void answerSetsAnswerAndMarksAnswered() {
        Ticket t = open();
        TicketMessage m = t.answer("再起動で解消します", AGENT, at(7));
        assertEquals(MessageKind.ANSWER, m.getKind());
        assertEquals("再起動で解消します", t.getAnswer());
        assertEquals(at(7), t.getAnsweredAt());
        assertEquals(at(7), t.getFirstResponseAt());
        assertEquals(TicketStatus.ANSWERED, t.getStatus());
        assertEquals(List.of("created", "firstResponseAt", "answer", "status"), fields(t));
        assertEvent(t.getEvents().get(2), "answer", null, "再起動で解消します", AGENT, at(7));
        assertEvent(lastEvent(t), "status", "NEW", "ANSWERED", AGENT, at(7));
    }

    @Test
    void addMessageOfKindAnswerAnswers() {
        Ticket t = open();
        t.addMessage(MessageKind.ANSWER, "回答", AGENT, at(7));
        assertEquals(TicketStatus.ANSWERED, t.getStatus());
        assertEquals("回答", t.getAnswer());
    }

    @Test
    void answerIsRefusedOnAClosedTicketAndChangesNothing() {
        Ticket t = open();
        t.answer("回答", AGENT, at(1));
        t.changeStatus(TicketStatus.CLOSED, AGENT, at(2));
        int events = t.getEvents().size();
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> t.answer("再回答", AGENT, at(3)));
        assertEquals("ticket.invalidTransition", e.messageKey());
        assertEquals("回答", t.getAnswer());
        assertEquals(1, t.getMessages().size());
        assertEquals(events, t.getEvents().size());
    }

    @Test
    void invalidTransitionIsRefusedAndChangesNothing() {
        Ticket t = open();
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> t.changeStatus(TicketStatus.CLOSED, AGENT, at(1)));
        assertEquals("ticket.invalidTransition", e.messageKey());
        assertEquals(List.of(TicketStatus.NEW, TicketStatus.CLOSED), e.args());
        assertEquals(TicketStatus.NEW, t.getStatus());
        assertNull(t.getClosedAt());
        assertEquals(List.of("created"), fields(t));
    }

    @Test
    void answeredWithoutAnyReplyIsRefusedAndChangesNothing() {
        Ticket t = open();
        t.addMessage(MessageKind.NOTE, "社内メモ", AGENT, at(1));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> t.changeStatus(TicketStatus.ANSWERED, AGENT, at(2)));
        assertEquals("ticket.answerRequired", e.messageKey());
        assertEquals(TicketStatus.NEW, t.getStatus());
        assertNull(t.getAnswer());
        assertNull(t.getAnsweredAt());
        assertEquals(List.of("created"), fields(t));
    }

    @Test
    void answeredUsesTheLastReplyAsTheAnswer() {
        Ticket t = open();
        t.addMessage(MessageKind.REPLY, "一次回答", AGENT, at(1));
        t.addMessage(MessageKind.REPLY, "最終回答", AGENT, at(2));
        t.addMessage(MessageKind.NOTE, "メモ", AGENT, at(3));
        t.changeStatus(TicketStatus.ANSWERED, AGENT, at(4));
        assertEquals("最終回答", t.getAnswer());
        assertEquals(at(4), t.getAnsweredAt());
        assertEquals(TicketStatus.ANSWERED, t.getStatus());
        assertEvent(t.getEvents().get(t.getEvents().size() - 2), "answer", null, "最終回答", AGENT, at(4));
        assertEvent(lastEvent(t), "status", "IN_PROGRESS", "ANSWERED", AGENT, at(4));
    }

    @Test
    void changingToTheCurrentStatusDoesNothing() {
        Ticket t = open();
        t.changeStatus(TicketStatus.NEW, AGENT, at(1));
        assertEquals(List.of("created"), fields(t));
    }

    @Test
    void reopenFromClosedCountsAndClearsTheFinishTimes() {
        Ticket t = open();
        t.answer("回答", AGENT, at(1));
        t.changeStatus(TicketStatus.CLOSED, AGENT, at(2));
        assertEquals(at(2), t.getClosedAt());
        t.changeStatus(TicketStatus.IN_PROGRESS, AGENT, at(3));
        assertEquals(TicketStatus.IN_PROGRESS, t.getStatus());
        assertEquals(1, t.getReopenCount());
        assertNull(t.getAnsweredAt());
        assertNull(t.getClosedAt());
        assertEvent(lastEvent(t), "status", "CLOSED", "IN_PROGRESS", AGENT, at(3));
    }

    @Test
    void reopenFromAnsweredCountsButWaitingBackToWorkDoesNot() {
        Ticket t = open();
        t.changeStatus(TicketStatus.WAITING, AGENT, at(1));
        t.changeStatus(TicketStatus.IN_PROGRESS, AGENT, at(2));
        assertEquals(0, t.getReopenCount());
        t.answer("回答", AGENT, at(3));
        t.changeStatus(TicketStatus.IN_PROGRESS, AGENT, at(4));
        assertEquals(1, t.getReopenCount());
        assertNull(t.getAnsweredAt());
    }

    @Test
    void requesterSeesEverythingButNotes() {
        Ticket t = open();
        t.addMessage(MessageKind.REPLY, "r", AGENT, at(1));
        t.addMessage(MessageKind.NOTE, "n", AGENT, at(2));
        t.addMessage(MessageKind.INTERIM_REPORT, "i", AGENT, at(3));
        t.addMessage(MessageKind.REQUESTER, "q", REQUESTER, at(4));
        t.answer("a", AGENT, at(5));
        assertEquals(List.of("r", "i", "q", "a"), t.messagesForRequester().stream().map(TicketMessage::getBody).toList());
        assertEquals(5, t.getMessages().size());
        assertThrows(UnsupportedOperationException.class, () -> t.getMessages().clear());
    }

    @Test
    void aLinkedInquiryTeachesItsWordingUnlessItIsTheTicketsOwn() {
        Ticket t = open();
        t.learnWording("2026-000200", t.getSubject() + "\n" + t.getDescription(), AGENT, at(1));
        assertNull(t.getAskedAs(), "asked in its own words: nothing to learn");
        assertEvent(lastEvent(t), "askedAs", null, "2026-000200", AGENT, at(1));
        t.learnWording("2026-000201", "背景の地図が出ない", AGENT, at(2));
        assertEquals("背景の地図が出ない", t.getAskedAs());
    }

    @Test
    void aLinkDecidedOtherwiseTakesBackItsWordingUnlessAnotherInquiryStillAsksSo() {
        Ticket t = open();
        t.learnWording("2026-000201", "背景の地図が出ない", AGENT, at(1));
        t.learnWording("2026-000202", "地図が真っ白", AGENT, at(2));
        t.unlearnWording("2026-000201", "背景の地図が出ない", false, AGENT, at(3));
        assertEquals("地図が真っ白", t.getAskedAs());
        assertEvent(lastEvent(t), "askedAs", "2026-000201", null, AGENT, at(3));

        t.unlearnWording("2026-000202", "地図が真っ白", true, AGENT, at(4));
        assertEquals("地図が真っ白", t.getAskedAs(), "another linked inquiry still asks in these words");
        assertEvent(lastEvent(t), "askedAs", "2026-000202", null, AGENT, at(4));
        t.unlearnWording("2026-000203", "地図が真っ白", false, AGENT, at(5));
        assertNull(t.getAskedAs(), "nothing learnt is left");
    }

    @Test
    void aDecisionRecordedAfterwardsKeepsTheTimeOfTheLatestChange() {
        Ticket t = open();
        t.addMessage(MessageKind.NOTE, "調査中", AGENT, at(10));
        t.noteTriage("new", AGENT, at(5));
        assertEvent(lastEvent(t), "triage", null, "new", AGENT, at(5));
        assertEquals(at(10), t.getUpdatedAt());
        t.noteTriage("known: 2026-000012", AGENT, at(20));
        assertEquals(at(20), t.getUpdatedAt());
    }
}
