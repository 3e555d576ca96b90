package org.madoguchi.ticket.domain;

/** How the ticket reached the desk. */
public enum Channel {
    WEB, EMAIL, PHONE, API
}
