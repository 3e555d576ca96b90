package org.madoguchi.search.orm;

/**
 * An administrator's synonym list or user dictionary with a line that cannot be used; nothing was stored or
 * changed.
 */
public class InvalidAnalysisListException extends IllegalArgumentException {

    private final int line;
    private final String text;
    private final String reason;

    /**
     * @param line   the first line that cannot be used (from 1), or 0 when the list as a whole failed
     * @param text   that line's text, or what went wrong
     * @param reason why, for a user dictionary (a {@link org.madoguchi.search.UserDictionaryCheck.Reason} name, or
     *               OTHER); null for a synonym list, whose reader names no reason
     */
    public InvalidAnalysisListException(int line, String text, String reason) {
        super("line " + line + (reason == null ? "" : " (" + reason + ")") + ": " + text);
        this.line = line;
        this.text = text;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public String text() {
        return text;
    }

    public String reason() {
        return reason;
    }
}
