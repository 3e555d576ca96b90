package org.madoguchi.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The clock of one response, as the SLA and the monthly report read it: when the inquiry came in, when the desk
 * first answered the requester, when it gave its answer and when the ticket was closed, and how often the
 * requester reopened it. A reopened ticket's answer and closing are cleared: the next ones count.
 */
@Embeddable
public class ResponseTimes {

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    protected ResponseTimes() {
    }

    static ResponseTimes receivedAt(Instant at) {
        ResponseTimes times = new ResponseTimes();
        times.receivedAt = at;
        return times;
    }

    /** A case from the previous system, with the times it reached there; its answer counts as its first response. */
    static ResponseTimes of(PastResponse past) {
        ResponseTimes times = receivedAt(past.receivedAt());
        times.firstResponseAt = past.answeredAt();
        times.answeredAt = past.answeredAt();
        times.closedAt = past.closedAt();
        return times;
    }

    /** A response reached the requester; true when it is the first. */
    boolean responded(Instant at) {
        if (firstResponseAt != null) {
            return false;
        }
        firstResponseAt = at;
        return true;
    }

    void answered(Instant at) {
        answeredAt = at;
    }

    void closed(Instant at) {
        closedAt = at;
    }

    /** The answer did not settle it: the next answer and closing are the ones that count. */
    void reopened() {
        reopenCount++;
        answeredAt = null;
        closedAt = null;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public int reopenCount() {
        return reopenCount;
    }
}
