package org.madoguchi.ticket.domain;

/**
 * How soon the desk must act. Derived from impact and urgency by the usual ITIL matrix; a manager may
 * override it as an exception.
 */
public enum Priority {
    CRITICAL, HIGH, MEDIUM, LOW;

    /**
     * <pre>
     *              urgency HIGH   MEDIUM   LOW
     * impact HIGH          CRIT   HIGH     MEDIUM
     *        MEDIUM        HIGH   MEDIUM   LOW
     *        LOW           MEDIUM LOW      LOW
     * </pre>
     */
    public static Priority of(Level impact, Level urgency) {
        int score = impact.ordinal() + urgency.ordinal();
        return switch (score) {
            case 0 -> CRITICAL;
            case 1 -> HIGH;
            case 2 -> MEDIUM;
            default -> LOW;
        };
    }
}
