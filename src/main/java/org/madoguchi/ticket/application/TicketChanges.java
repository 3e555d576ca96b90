package org.madoguchi.ticket.application;

import org.madoguchi.ticket.domain.Priority;
import org.madoguchi.ticket.domain.TicketStatus;

/**
 * Changes to apply together. A null status or priority means "leave as is"; the assignee is changed only
 * when {@code assigneeGiven}, and a null assignee then means "unassign".
 */
public record TicketChanges(TicketStatus status, boolean assigneeGiven, String assignee, Priority priority) {
}
