/**
 * Queries over tickets: by number and token, the filtered and sorted queue, requesters, affected systems; and
 * {@link org.madoguchi.ticket.persistence.QueueFacet}, the seam through which other features (triage) add filters
 * to the queue without this package knowing them.
 */
package org.madoguchi.ticket.persistence;
