package org.madoguchi.ticket.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The response workflow: new → in progress → waiting for requester → answered → closed, with reopen.
 * A ticket known to be an existing issue may be answered straight from NEW.
 */
public enum TicketStatus {
    NEW, IN_PROGRESS, WAITING, ANSWERED, CLOSED;

    private Set<TicketStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_PROGRESS, WAITING, ANSWERED);
            case IN_PROGRESS -> EnumSet.of(WAITING, ANSWERED);
            case WAITING -> EnumSet.of(IN_PROGRESS, ANSWERED);
            case ANSWERED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.of(IN_PROGRESS);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return next().contains(target);
    }

    /** The statuses this one may move to, in workflow order (for menus). */
    public Set<TicketStatus> allowedNext() {
        return EnumSet.copyOf(next());
    }

    /** Moving back to work from a finished state is a reopen, counted and shown as such. */
    public boolean isReopenTo(TicketStatus target) {
        return (this == ANSWERED || this == CLOSED) && target == IN_PROGRESS;
    }

    public boolean isOpen() {
        return this != ANSWERED && this != CLOSED;
    }
}
