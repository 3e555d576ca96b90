package org.madoguchi.ticket.domain;

/** What the requester brings: a question, a failure, or a request for work. */
public enum TicketType {
    /** 問合せ */
    INQUIRY,
    /** 障害 */
    INCIDENT,
    /** 要望・依頼 */
    SERVICE_REQUEST
}
