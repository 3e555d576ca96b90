package org.madoguchi.intake.application;

import java.util.List;

/** What an import did: how many records it read, created, found already there, and which lines failed why. */
public record ImportReport(int read, int created, int existing, int failed, List<LineError> errors) {

    /** At most this many errors are listed; the count stays exact. */
    public static final int MAX_LISTED_ERRORS = 1000;

    public record LineError(int line, String externalId, String message) {
    }
}
