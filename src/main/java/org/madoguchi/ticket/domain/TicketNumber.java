package org.madoguchi.ticket.domain;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a requester quotes on the phone: the year it was received and a running number within that
 * year, as {@code 2026-000123}.
 */
public record TicketNumber(int year, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{6,10})");

    public TicketNumber {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
    }

    /** Accepts the number as people type it: full-width digits and dashes, spaces around it. */
    public static Optional<TicketNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC)
                .replace('−', '-').replace('ー', '-').replace('‐', '-');
        Matcher m = FORMAT.matcher(normalised);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        long parsed = Long.parseLong(m.group(2));
        if (parsed > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        int sequence = (int) parsed;
        return year >= 2000 && sequence > 0 ? Optional.of(new TicketNumber(year, sequence)) : Optional.empty();
    }

    @Override
    public String toString() {
        return String.format("%04d-%06d", year, sequence);
    }
}
