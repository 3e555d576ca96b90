package org.madoguchi.ticket.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.Violation;
import org.madoguchi.ticket.persistence.QueueFacet;

/**
 * Reads the queue's facets from the query string ({@code ?triage=likely_known}): each facet by its key, with a
 * field-level error listing the values it takes when a value is unknown.
 */
final class QueueFacets {

    private QueueFacets() {
    }

    static Map<String, String> chosen(List<QueueFacet> facets, MultivaluedMap<String, String> parameters) {
        Map<String, String> chosen = new HashMap<>();
        for (QueueFacet facet : facets) {
            String spelling = parameters.getFirst(facet.key());
            if (spelling == null || spelling.isBlank()) {
                continue;
            }
            String value = facet.value(spelling).orElseThrow(() -> new InvalidInputException(Violation.of(
                    facet.key(), "validation.oneOf",
                    String.join(", ", facet.values().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList()))));
            chosen.put(facet.key(), value);
        }
        return chosen;
    }
}
