/**
 * Tickets: the record of every inquiry, incident and service request and its response to the end.
 * {@code domain} holds the rules, {@code application} the transactional use cases, {@code persistence} the
 * queries, {@code web} the agent console pages and {@code rest} the agents' API.
 */
package org.madoguchi.ticket;
