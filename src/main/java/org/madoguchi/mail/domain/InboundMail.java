package org.madoguchi.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.madoguchi.ticket.domain.TextRules;

/**
 * A mail read from a desk mailbox and what became of it. Its Message-ID is unique: a mail read twice (a crash
 * before it was marked, a duplicate delivery) is recognised and never handled twice.
 */
@Entity
@Table(name = "mail_inbound")
public class InboundMail {

    public enum Outcome {
        /** Became a new ticket. */
        OPENED,
        /** Became a requester message on an existing ticket. */
        APPENDED,
        /** Answered a closed ticket and opened a follow-up ticket. */
        FOLLOW_UP,
        /** An auto-reply, a bounce or the desk's own mail: kept on record, nothing done. */
        IGNORED,
        /** Could not be read or handled; kept for an administrator. */
        QUARANTINED,
        /** Was quarantined, then handled by an administrator. */
        RESOLVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_inbound_seq")
    @SequenceGenerator(name = "mail_inbound_seq", sequenceName = "mail_inbound_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false, length = 40)
    private String mailbox;
    @Column(name = "message_id", nullable = false, length = 250)
    private String messageId;
    @Column(length = 254)
    private String sender;
    @Column(length = 400)
    private String subject;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;
    @Column(name = "ticket_number", length = 20)
    private String ticketNumber;
    @Column(length = 1000)
    private String reason;
    @Column(name = "raw_file", length = 400)
    private String rawFile;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected InboundMail() {
    }

    public InboundMail(String mailbox, String messageId, String sender, String subject, Outcome outcome,
                       String ticketNumber, String reason, String rawFile, Instant receivedAt) {
        this.mailbox = mailbox;
        this.messageId = messageId;
        this.sender = TextRules.cut(sender, 254);
        this.subject = TextRules.cut(subject, 400);
        this.outcome = outcome;
        this.ticketNumber = ticketNumber;
        this.reason = TextRules.cut(reason, 1000);
        this.rawFile = rawFile;
        this.receivedAt = receivedAt;
    }

    /** A quarantined mail handled by hand (retried, or turned into a ticket by an administrator). */
    public void resolved(String newTicketNumber, String how) {
        outcome = Outcome.RESOLVED;
        ticketNumber = newTicketNumber;
        reason = TextRules.cut(how, 1000);
    }

    public Long getId() {
        return id;
    }

    public String getMailbox() {
        return mailbox;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getSender() {
        return sender;
    }

    public String getSubject() {
        return subject;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getReason() {
        return reason;
    }

    public String getRawFile() {
        return rawFile;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
