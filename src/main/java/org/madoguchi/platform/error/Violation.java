package org.madoguchi.platform.error;

import java.util.List;

/**
 * One rule that an input broke: the field it concerns and a message key (resolved in
 * {@code messages_*.properties}) with its arguments, so that the UI and the API word it in the user's language.
 */
public record Violation(String field, String messageKey, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, List.of(args));
    }
}
