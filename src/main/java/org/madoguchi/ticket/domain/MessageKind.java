package org.madoguchi.ticket.domain;

/** The kinds of message on a ticket; only internal notes are hidden from the requester. */
public enum MessageKind {
    /** A reply from the desk to the requester. */
    REPLY(true),
    /** The desk's answer that resolves the ticket. */
    ANSWER(true),
    /** 中間報告: a progress report while the desk investigates. */
    INTERIM_REPORT(true),
    /** Internal note, for agents only. */
    NOTE(false),
    /** A message from the requester after the ticket was opened. */
    REQUESTER(true);

    private final boolean visibleToRequester;

    MessageKind(boolean visibleToRequester) {
        this.visibleToRequester = visibleToRequester;
    }

    public boolean isVisibleToRequester() {
        return visibleToRequester;
    }

    /** A public message written by the desk counts as a response to the requester. */
    public boolean isResponse() {
        return visibleToRequester && this != REQUESTER;
    }
}
