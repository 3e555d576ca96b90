package org.madoguchi.ticket.persistence;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.madoguchi.ticket.domain.Ticket;

/**
 * A filter of the queue over what another feature records about tickets (triage's proposal and decision, say),
 * offered by that feature as a bean: the ticket package filters by it without depending on the feature.
 */
public interface QueueFacet {

    /** The name it is chosen by: the key in {@link TicketFilter#facets()} and the queue API's query parameter. */
    String key();

    /** The values it can be set to, in the order a menu lists them (upper case, e.g. {@code LIKELY_KNOWN}). */
    List<String> values();

    /**
     * The condition a ticket meets to be listed for {@code value}, one of {@link #values()}.
     *
     * @param query the query the condition goes into, for subqueries
     */
    Predicate restrict(CriteriaBuilder cb, AbstractQuery<?> query, Root<Ticket> ticket, String value);

    /** One of {@link #values()} as spelt in an API ({@code likely_known}, {@code likely-known}), or empty. */
    default Optional<String> value(String spelling) {
        if (spelling == null) {
            return Optional.empty();
        }
        String name = spelling.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return values().contains(name) ? Optional.of(name) : Optional.empty();
    }
}
