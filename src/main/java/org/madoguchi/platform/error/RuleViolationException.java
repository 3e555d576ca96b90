package org.madoguchi.platform.error;

import java.util.List;

/**
 * A request that is well-formed but conflicts with the current state of a thing (for example a status
 * change the workflow does not allow). Carries a message key so that it is shown in the user's language.
 */
public class RuleViolationException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public RuleViolationException(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
