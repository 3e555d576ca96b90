package org.madoguchi.ticket.domain;

/** Who did something to a ticket: an account's user name and display name, or a requester without account. */
public record Actor(String username, String displayName) {

    public static Actor requester(String name) {
        return new Actor(null, name);
    }

    public static final Actor SYSTEM = new Actor("system", "Madoguchi");

    public boolean isAgent() {
        return username != null;
    }
}
