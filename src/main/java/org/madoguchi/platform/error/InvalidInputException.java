package org.madoguchi.platform.error;

import java.util.List;

/** Input that breaks one or more rules; nothing has been stored when this is thrown. */
public class InvalidInputException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("Invalid input: " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
