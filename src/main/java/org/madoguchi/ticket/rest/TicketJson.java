package org.madoguchi.ticket.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketEvent;
import org.madoguchi.ticket.domain.TicketMessage;

/** The JSON shapes of the tickets API. Enum values are written in lower case. */
public final class TicketJson {

    private TicketJson() {
    }

    public record RequesterIn(String name, String email, String organization, String phone) {
    }

    public record NewTicketIn(String type, String subject, String description, RequesterIn requester, String system) {
    }

    public record Created(String number, String status, String statusUrl) {
    }

    public record MessageIn(String body, String visibility, String kind) {
    }

    public record Requester(String name, String organization, String email, String phone) {
    }

    public record Summary(String number, String type, String status, String priority, String subject,
                          String system, String assignee, String requester, String channel, Instant receivedAt,
                          Instant updatedAt) {
        static Summary of(Ticket t) {
            return new Summary(t.getNumber(), lower(t.getType()), lower(t.getStatus()), lower(t.getPriority()),
                    t.getSubject(), t.getSystem() == null ? null : t.getSystem().getCode(),
                    t.getAssignee() == null ? null : t.getAssignee().getUsername(), t.getRequester().name(),
                    lower(t.getChannel()), t.getReceivedAt(), t.getUpdatedAt());
        }
    }

    public record Message(Long id, String kind, String visibility, String body, String author, Instant createdAt) {
        static Message of(TicketMessage m) {
            return new Message(m.getId(), lower(m.getKind()), m.isVisibleToRequester() ? "public" : "internal",
                    m.getBody(), m.getAuthorName(), m.getCreatedAt());
        }
    }

    public record Change(String field, String from, String to, String by, Instant at) {
        static Change of(TicketEvent e) {
            return new Change(e.getField(), e.getOldValue(), e.getNewValue(), e.getActorName(), e.getOccurredAt());
        }
    }

    public record Detail(String number, String type, String channel, String status, boolean securityIncident,
                         String subject, String description, String answer, Requester requester, String system,
                         String impact, String urgency, String priority, String assignee, Instant receivedAt,
                         Instant firstResponseAt, Instant answeredAt, Instant closedAt, Instant updatedAt,
                         int reopenCount, List<Message> messages, List<Change> history) {
        static Detail of(Ticket t) {
            var r = t.getRequester();
            return new Detail(t.getNumber(), lower(t.getType()), lower(t.getChannel()), lower(t.getStatus()),
                    t.isSecurityIncident(), t.getSubject(), t.getDescription(), t.getAnswer(),
                    new Requester(r.name(), r.organization(), r.email(), r.phone()),
                    t.getSystem() == null ? null : t.getSystem().getCode(), lower(t.getImpact()),
                    lower(t.getUrgency()), lower(t.getPriority()),
                    t.getAssignee() == null ? null : t.getAssignee().getUsername(), t.getReceivedAt(),
                    t.getFirstResponseAt(), t.getAnsweredAt(), t.getClosedAt(), t.getUpdatedAt(),
                    t.getReopenCount(), t.getMessages().stream().map(Message::of).toList(),
                    t.getEvents().stream().map(Change::of).toList());
        }
    }

    public record PageOut(long total, int page, int size, List<Summary> items) {
    }

    /** The requester's view through the status link: public messages only. */
    public record PublicStatus(String number, String type, String status, String subject, String system,
                               Instant receivedAt, Instant updatedAt, List<PublicMessage> messages) {
        public static PublicStatus of(Ticket t) {
            return new PublicStatus(t.getNumber(), lower(t.getType()), lower(t.getStatus()), t.getSubject(),
                    t.getSystem() == null ? null : t.getSystem().getCode(), t.getReceivedAt(), t.getUpdatedAt(),
                    t.messagesForRequester().stream().map(PublicMessage::of).toList());
        }
    }

    public record PublicMessage(String kind, String body, String author, Instant createdAt) {
        static PublicMessage of(TicketMessage m) {
            return new PublicMessage(lower(m.getKind()), m.getBody(), m.getAuthorName(), m.getCreatedAt());
        }
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
