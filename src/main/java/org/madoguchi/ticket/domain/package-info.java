/**
 * The Ticket aggregate: type, channel, the status workflow, priority from impact and urgency, the
 * requester's contact, messages (replies, notes, interim reports), assignment, and the complete history.
 */
package org.madoguchi.ticket.domain;
