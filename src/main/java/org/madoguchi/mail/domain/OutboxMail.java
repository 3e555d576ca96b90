package org.madoguchi.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A mail waiting in the outbox. It is written in the transaction of the ticket change it tells of, so it exists
 * exactly when that change committed; the sender delivers it afterwards and retries with a growing pause until
 * {@link #MAX_ATTEMPTS} failures, after which it waits for an administrator.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    public enum Status { PENDING, SENT, FAILED }

    /** Failed attempts after which the mail stops retrying by itself (about two days of backoff). */
    public static final int MAX_ATTEMPTS = 12;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(6);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    private Long id;
    @Column(name = "ticket_number", nullable = false, length = 20)
    private String ticketNumber;
    @Column(nullable = false, length = 20)
    private String purpose;
    @Column(nullable = false, length = 254)
    private String recipient;
    @Column(nullable = false, length = 400)
    private String subject;
    @Lob
    @Column(nullable = false)
    private String body;
    @Column(name = "message_id", nullable = false, length = 250)
    private String messageId;
    @Column(name = "in_reply_to", length = 250)
    private String inReplyTo;
    @Column(name = "thread_refs", length = 4000)
    private String references;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "last_error", length = 1000)
    private String lastError;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    public OutboxMail(String ticketNumber, String purpose, String recipient, String subject, String body,
                      String messageId, String inReplyTo, String references, Instant at) {
        this.ticketNumber = ticketNumber;
        this.purpose = purpose;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.messageId = messageId;
        this.inReplyTo = inReplyTo;
        this.references = references == null || references.length() <= 4000 ? references
                : references.substring(references.length() - 4000);
        this.status = Status.PENDING;
        this.nextAttemptAt = at;
        this.createdAt = at;
    }

    public void sent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        lastError = null;
    }

    /** Records a failed attempt and when to try again: 30 s, 1 min, 2 min, ... at most 6 h apart. */
    public void failed(String error, Instant at) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            return;
        }
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = at.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
    }

    /** Threads a mail that answers an inbound mail under it (the acknowledgement of a mailed inquiry). */
    public void threadUnder(String inboundMessageId) {
        inReplyTo = inboundMessageId;
        references = inboundMessageId;
    }

    /** An administrator's retry: a mail that gave up, or one waiting out its pause, goes out with the next round. */
    public void retry(Instant at) {
        if (status == Status.FAILED) {
            status = Status.PENDING;
            attempts = 0;
        }
        if (status == Status.PENDING) {
            nextAttemptAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public String getReferences() {
        return references;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
