package org.madoguchi.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of a ticket's history: who changed which field from what to what, and when. Written by the
 * ticket itself in every method that changes it, so the history cannot miss a change.
 */
@Entity
@Table(name = "ticket_event")
public class TicketEvent {

    /** The field name used for the creation entry. */
    public static final String CREATED = "created";
    /** A change of assignee; its first one is when an agent took the ticket up. */
    public static final String ASSIGNEE = "assignee";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_event_seq")
    @SequenceGenerator(name = "ticket_event_seq", sequenceName = "ticket_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(name = "field_name", nullable = false, length = 40)
    private String field;

    @Column(name = "old_value", length = 1000)
    private String oldValue;

    @Column(name = "new_value", length = 1000)
    private String newValue;

    @Column(name = "actor_name", nullable = false, length = 100)
    private String actorName;

    @Column(name = "actor_username", length = 64)
    private String actorUsername;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected TicketEvent() {
    }

    TicketEvent(Ticket ticket, String field, String oldValue, String newValue, Actor actor, Instant at) {
        this.ticket = ticket;
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
        this.actorName = actor.displayName();
        this.actorUsername = actor.username();
        this.occurredAt = at;
    }

    private static String clip(String value) {
        if (value == null || value.codePointCount(0, value.length()) <= 1000) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, 999)) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
