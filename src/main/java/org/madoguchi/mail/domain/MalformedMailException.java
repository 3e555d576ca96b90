package org.madoguchi.mail.domain;

/** A mail the desk cannot read; the reason is shown to administrators next to the kept original. */
public class MalformedMailException extends Exception {

    public MalformedMailException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public MalformedMailException(String reason) {
        super(reason);
    }
}
