package org.madoguchi.search.orm;

/** A user dictionary with an entry Kuromoji cannot use; nothing was stored or changed. */
public class InvalidUserDictionaryException extends IllegalArgumentException {

    private final int line;
    private final String entry;
    private final String reason;

    /**
     * @param line the line of the first wrong entry (from 1), or 0 when the dictionary as a whole failed
     * @param entry that line's text, or what went wrong
     * @param reason a {@link org.madoguchi.search.UserDictionaryCheck.Reason} name, or OTHER
     */
    public InvalidUserDictionaryException(int line, String entry, String reason) {
        super("user dictionary, line " + line + " (" + reason + "): " + entry);
        this.line = line;
        this.entry = entry;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public String entry() {
        return entry;
    }

    public String reason() {
        return reason;
    }
}
