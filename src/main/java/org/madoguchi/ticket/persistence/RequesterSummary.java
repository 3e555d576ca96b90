package org.madoguchi.ticket.persistence;

import java.time.Instant;

/** A requester as seen across their tickets. */
public record RequesterSummary(String name, String organization, String email, String phone, long tickets,
                               Instant lastContact) {
}
