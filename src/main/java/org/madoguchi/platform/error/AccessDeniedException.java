package org.madoguchi.platform.error;

/** The caller is known but lacks the role for this action. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
