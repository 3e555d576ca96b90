package org.madoguchi.ticket.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.madoguchi.platform.error.Violation;

/** How far a case from the previous system got: its status, answer and the times it reached them. */
public record PastResponse(TicketStatus status, String answer, Instant receivedAt, Instant answeredAt,
                           Instant closedAt) {

    public List<Violation> violations() {
        List<Violation> out = new ArrayList<>();
        if (status == null) {
            out.add(Violation.of("status", "validation.required"));
        }
        if (receivedAt == null) {
            out.add(Violation.of("received_at", "validation.required"));
        }
        TextRules.optionalText(out, "answer", answer, TextRules.BODY_MAX, true);
        if (receivedAt != null && answeredAt != null && answeredAt.isBefore(receivedAt)) {
            out.add(Violation.of("answered_at", "validation.import.beforeReceived"));
        }
        if (receivedAt != null && closedAt != null && closedAt.isBefore(receivedAt)) {
            out.add(Violation.of("closed_at", "validation.import.beforeReceived"));
        }
        return out;
    }

    Instant latest() {
        return Stream.of(receivedAt, answeredAt, closedAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(receivedAt);
    }
}
