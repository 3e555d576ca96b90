package org.madoguchi.ticket.rest;

import java.util.Arrays;
import java.util.Locale;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.Violation;

/** Reads an enum from its lower-case API spelling, with a field-level error that lists the allowed values. */
final class EnumParam {

    private EnumParam() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
            throw new InvalidInputException(Violation.of(field, "validation.oneOf", allowed));
        }
    }
}
