package org.madoguchi.intake.application;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.madoguchi.platform.error.Violation;
import org.madoguchi.ticket.domain.Channel;
import org.madoguchi.ticket.domain.PastResponse;
import org.madoguchi.ticket.domain.TicketDraft;
import org.madoguchi.ticket.domain.TicketStatus;
import org.madoguchi.ticket.domain.TicketType;

/**
 * Turns an import record's fields into a draft and its past response. Field names are those documented
 * in the README; times are ISO-8601 with an offset, or local date-times in the desk's zone.
 */
final class HistoryRecordMapping {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd[' ']['T']HH:mm[:ss]");

    private HistoryRecordMapping() {
    }

    static TicketDraft draft(ImportRecord r, List<Violation> out) {
        return new TicketDraft(enumOf(TicketType.class, "type", r.get("type"), out), r.get("subject"),
                r.get("description"), r.get("requester_name"), r.get("requester_organization"),
                r.get("requester_email"), r.get("requester_phone"), r.get("system"), null, null, false);
    }

    static Channel channel(ImportRecord r, List<Violation> out) {
        Channel channel = enumOf(Channel.class, "channel", r.get("channel"), out);
        return channel == null ? Channel.WEB : channel;
    }

    static PastResponse past(ImportRecord r, ZoneId zone, List<Violation> out) {
        return new PastResponse(enumOf(TicketStatus.class, "status", r.get("status"), out), r.get("answer"),
                time(r, "received_at", zone, out), time(r, "answered_at", zone, out), time(r, "closed_at", zone, out));
    }

    /** The time in a field; a value that is not a time adds a violation and counts as missing. */
    static Instant time(ImportRecord r, String field, ZoneId zone, List<Violation> out) {
        String value = r.get(field);
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException notWithOffset) {
            try {
                return LocalDateTime.parse(v, LOCAL).atZone(zone).toInstant();
            } catch (DateTimeException notLocalDateTime) {
                try {
                    return LocalDate.parse(v).atStartOfDay(zone).toInstant();
                } catch (DateTimeException notDate) {
                    out.add(Violation.of(field, "validation.import.time"));
                    return null;
                }
            }
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value, List<Violation> out) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            out.add(Violation.of(field, "validation.oneOf", String.join(", ", allowed)));
            return null;
        }
    }
}
