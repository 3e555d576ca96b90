package org.madoguchi.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message on a ticket, with its author and time; immutable once written. */
@Entity
@Table(name = "ticket_message")
public class TicketMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_message_seq")
    @SequenceGenerator(name = "ticket_message_seq", sequenceName = "ticket_message_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MessageKind kind;

    @Lob
    @Column(nullable = false)
    private String body;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(name = "author_username", length = 64)
    private String authorUsername;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TicketMessage() {
    }

    TicketMessage(Ticket ticket, MessageKind kind, String body, Actor author, Instant at) {
        this.ticket = ticket;
        this.kind = kind;
        this.body = body;
        this.authorName = author.displayName();
        this.authorUsername = author.username();
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public MessageKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isVisibleToRequester() {
        return kind.isVisibleToRequester();
    }
}
