package org.madoguchi.search.orm;

/** A synonym list with a rule that cannot be read; nothing was stored or changed. */
public class InvalidSynonymsException extends IllegalArgumentException {

    private final int line;
    private final String rule;

    /**
     * @param line the line of the first unreadable rule (from 1), or 0 when the list as a whole failed
     * @param rule that line's text, or what went wrong
     */
    public InvalidSynonymsException(int line, String rule) {
        super("synonym list, line " + line + ": " + rule);
        this.line = line;
        this.rule = rule;
    }

    public int line() {
        return line;
    }

    public String rule() {
        return rule;
    }
}
