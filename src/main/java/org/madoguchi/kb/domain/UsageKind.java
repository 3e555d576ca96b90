package org.madoguchi.kb.domain;

/** What is counted per article and month for the monthly review. */
public enum UsageKind {
    VIEW("views"),
    HELPFUL_YES("helpful_yes"),
    HELPFUL_NO("helpful_no"),
    /** A requester who read this article from the inquiry form's suggestions and did not send the inquiry. */
    DEFLECTION("deflections"),
    /** A ticket linked to this article: created from it, or recognised as this known issue. */
    LINKED_TICKET("linked_tickets");

    private final String column;

    UsageKind(String column) {
        this.column = column;
    }

    /** The kb_usage column that holds this count. */
    public String column() {
        return column;
    }
}
