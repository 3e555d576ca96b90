package org.madoguchi.ticket.application;

import org.madoguchi.ticket.domain.MessageKind;

/**
 * Something about a ticket that people outside the console should hear of. Fired inside the transaction that
 * made the change, so an observer that writes (the mail outbox) commits or rolls back with it.
 *
 * @param message  the public message for {@link Kind#MESSAGE}, else null
 * @param assignee the new assignee's username for {@link Kind#ASSIGNED}, else null
 */
public record TicketNotice(Kind kind, String number, MessageKind messageKind, String message, String assignee) {

    public enum Kind {
        /** A new ticket, from any channel. */
        RECEIVED,
        /** A public reply, interim report or answer by the desk. */
        MESSAGE,
        /** Marked answered without a new message, or closed. */
        STATUS,
        /** Reopened. */
        REOPENED,
        /** Given to an agent. */
        ASSIGNED
    }

    public static TicketNotice of(Kind kind, String number) {
        return new TicketNotice(kind, number, null, null, null);
    }
}
