package org.madoguchi.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.Violation;

/** Days from {@code first} to {@code last}, both included; either end may be open (null). */
public record DayRange(LocalDate first, LocalDate last) {

    /**
     * The days as a person gave them, on a form or in a link.
     *
     * @throws InvalidInputException on field {@code to} when the last day is before the first
     */
    public static DayRange given(LocalDate first, LocalDate last) {
        if (first != null && last != null && last.isBefore(first)) {
            throw new InvalidInputException(Violation.of("to", "validation.periodOrder", first, last));
        }
        return new DayRange(first, last);
    }

    /** Whether neither end is given: every day. */
    public boolean isAll() {
        return first == null && last == null;
    }

    /** When the first day begins in {@code zone}; null when open. */
    public Instant start(ZoneId zone) {
        return first == null ? null : first.atStartOfDay(zone).toInstant();
    }

    /** When the last day has ended in {@code zone} (the next day's start, exclusive); null when open. */
    public Instant end(ZoneId zone) {
        return last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
