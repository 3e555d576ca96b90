package org.madoguchi.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.madoguchi.ticket.domain.TicketFixtures.AGENT;
import static org.madoguchi.ticket.domain.TicketFixtures.assertEvent;
import static org.madoguchi.ticket.domain.TicketFixtures.at;
import static org.madoguchi.ticket.domain.TicketFixtures.fields;
import static org.madoguchi.ticket.domain.TicketFixtures.gis;
import static org.madoguchi.ticket.domain.TicketFixtures.lastEvent;
import static org.madoguchi.ticket.domain.TicketFixtures.open;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.madoguchi.account.domain.Account;
import org.madoguchi.account.domain.Role;

/** Ticket changes outside the workflow: assessment, priority override, classification, assignment. */
class TicketFieldChangesTest {

    private static final Actor MANAGER = new Actor("manager", "管理者");

    private static Account account(String username) {
        return new Account(username, "担当", null, "hash", EnumSet.of(Role.OPERATOR), at(0));
    }

    @Test
    void assessRecomputesPriorityAndRecordsEachChange() {
        Ticket t = open(TicketType.INCIDENT, Level.HIGH, Level.HIGH, false);
        t.assess(Level.LOW, Level.LOW, AGENT, at(5));
        assertEquals(Level.LOW, t.getImpact());
        assertEquals(Level.LOW, t.getUrgency());
        assertEquals(Priority.LOW, t.getPriority());
        assertEquals(at(5), t.getUpdatedAt());
        List<TicketEvent> events = t.getEvents();
        assertEquals(List.of("created", "impact", "urgency", "priority"), fields(t));
        assertEvent(events.get(1), "impact", "HIGH", "LOW", AGENT, at(5));
        assertEvent(events.get(2), "urgency", "HIGH", "LOW", AGENT, at(5));
        assertEvent(events.get(3), "priority", "CRITICAL", "LOW", AGENT, at(5));
    }

    @Test
    void assessRecordsOnlyWhatChanged() {
        Ticket t = open(TicketType.INCIDENT, Level.MEDIUM, Level.MEDIUM, false);
        t.assess(Level.MEDIUM, Level.MEDIUM, AGENT, at(1));
        assertEquals(List.of("created"), fields(t));
        // MEDIUM/MEDIUM -> MEDIUM/LOW moves the priority from MEDIUM to LOW; impact is untouched.
        t.assess(Level.MEDIUM, Level.LOW, AGENT, at(2));
        assertEquals(List.of("created", "urgency", "priority"), fields(t));
        assertEquals(Priority.LOW, t.getPriority());
    }

    @Test
    void overridePrioritySetsTheFlagAndRecordsTheChange() {
        Ticket t = open();
        t.overridePriority(Priority.CRITICAL, MANAGER, at(1));
        assertTrue(t.isPriorityOverridden());
        assertEquals(Priority.CRITICAL, t.getPriority());
        assertEvent(lastEvent(t), "priority", "MEDIUM", "CRITICAL", MANAGER, at(1));
    }

    @Test
    void overriddenPrioritySurvivesReassessment() {
        Ticket t = open();
        t.overridePriority(Priority.CRITICAL, MANAGER, at(1));
        t.assess(Level.LOW, Level.LOW, AGENT, at(2));
        assertEquals(Priority.CRITICAL, t.getPriority());
        assertTrue(t.isPriorityOverridden());
        assertEquals(List.of("created", "priority", "impact", "urgency"), fields(t));
    }

    @Test
    void overridingBackToTheMatrixValueClearsTheFlag() {
        Ticket t = open();
        t.overridePriority(Priority.CRITICAL, MANAGER, at(1));
        t.overridePriority(Priority.MEDIUM, MANAGER, at(2));
        assertFalse(t.isPriorityOverridden());
        assertEquals(Priority.MEDIUM, t.getPriority());
        t.assess(Level.HIGH, Level.HIGH, AGENT, at(3));
        assertEquals(Priority.CRITICAL, t.getPriority());
    }

    @Test
    void reclassifyRecordsTypeAndSystemChanges() {
        Ticket t = open();
        AffectedSystem ledger = new AffectedSystem("LEDGER", "下水道台帳", "Sewer ledger", 10);
        t.reclassify(TicketType.INCIDENT, ledger, false, AGENT, at(3));
        assertEquals(TicketType.INCIDENT, t.getType());
        assertEquals("LEDGER", t.getSystem().getCode());
        assertEquals(at(3), t.getUpdatedAt());
        assertEquals(List.of("created", "type", "system"), fields(t));
        assertEvent(t.getEvents().get(1), "type", "INQUIRY", "INCIDENT", AGENT, at(3));
        assertEvent(t.getEvents().get(2), "system", "GIS", "LEDGER", AGENT, at(3));
    }

    @Test
    void reclassifyToNoSystemRecordsIt() {
        Ticket t = open();
        t.reclassify(TicketType.INQUIRY, null, false, AGENT, at(1));
        assertNull(t.getSystem());
        assertEvent(lastEvent(t), "system", "GIS", null, AGENT, at(1));
    }

    @Test
    void reclassifyWithNothingChangedRecordsNothing() {
        Ticket t = open();
        // A different instance with the same code is the same system.
        t.reclassify(TicketType.INQUIRY, gis(), false, AGENT, at(1));
        assertEquals(List.of("created"), fields(t));
    }

    @Test
    void securityFlagOnReclassifyOnlyForIncidents() {
        Ticket t = open();
        t.reclassify(TicketType.INQUIRY, gis(), true, AGENT, at(1));
        assertFalse(t.isSecurityIncident());
        assertEquals(List.of("created"), fields(t));

        t.reclassify(TicketType.INCIDENT, gis(), true, AGENT, at(2));
        assertTrue(t.isSecurityIncident());
        assertEvent(lastEvent(t), "securityIncident", "false", "true", AGENT, at(2));

        // Leaving INCIDENT drops the flag, even if the caller still asks for it.
        t.reclassify(TicketType.SERVICE_REQUEST, gis(), true, AGENT, at(3));
        assertFalse(t.isSecurityIncident());
        assertEquals(List.of("created", "type", "securityIncident", "type", "securityIncident"), fields(t));
        assertEvent(lastEvent(t), "securityIncident", "true", "false", AGENT, at(3));
    }

    @Test
    void assignAndUnassignRecordUserNames() {
        Ticket t = open();
        t.assignTo(account("operator"), MANAGER, at(1));
        assertEquals("operator", t.getAssignee().getUsername());
        assertEquals(at(1), t.getUpdatedAt());
        assertEvent(lastEvent(t), "assignee", null, "operator", MANAGER, at(1));

        t.assignTo(account("other"), MANAGER, at(2));
        assertEquals("other", t.getAssignee().getUsername());
        assertEvent(lastEvent(t), "assignee", "operator", "other", MANAGER, at(2));

        t.assignTo(null, MANAGER, at(3));
        assertNull(t.getAssignee());
        assertEvent(lastEvent(t), "assignee", "other", null, MANAGER, at(3));
    }

    @Test
    void assigningTheSameAccountAgainRecordsNothing() {
        Ticket t = open();
        Account operator = account("operator");
        t.assignTo(operator, MANAGER, at(1));
        t.assignTo(operator, MANAGER, at(2));
        t.assignTo(null, MANAGER, at(3));
        t.assignTo(null, MANAGER, at(4));
        assertEquals(List.of("created", "assignee", "assignee"), fields(t));
    }

    @Test
    void everyChangeIsRecordedWithItsActor() {
        Ticket t = open();
        t.assignTo(account("operator"), MANAGER, at(1));
        t.addMessage(MessageKind.REPLY, "確認します", AGENT, at(2));
        t.assess(Level.HIGH, Level.HIGH, AGENT, at(3));
        t.overridePriority(Priority.LOW, MANAGER, at(4));
        t.reclassify(TicketType.INCIDENT, null, true, AGENT, at(5));
        t.answer("回答", AGENT, at(6));
        t.changeStatus(TicketStatus.CLOSED, MANAGER, at(7));
        assertEquals(List.of("created", "assignee", "firstResponseAt", "status", "impact", "urgency", "priority",
                "priority", "type", "system", "securityIncident", "answer", "status", "status"), fields(t));
        List<TicketEvent> changes = t.getEvents().subList(1, t.getEvents().size());
        changes.forEach(e -> assertTrue(e.getActorUsername().equals("operator")
                || e.getActorUsername().equals("manager"), e.getField()));
        changes.forEach(e -> assertTrue(e.getOldValue() != null || e.getNewValue() != null, e.getField()));
        assertEquals(TicketStatus.CLOSED, t.getStatus());
    }
}
