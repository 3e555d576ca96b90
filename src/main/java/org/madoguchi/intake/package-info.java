/**
 * The ways in for requesters without an account: the public inquiry form with its confirmation page, the
 * private status page and its API, and the agent's phone log. Each turns its input into one
 * {@code TicketService.open} call.
 */
package org.madoguchi.intake;
