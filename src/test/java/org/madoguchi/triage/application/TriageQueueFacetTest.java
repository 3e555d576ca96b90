package org.madoguchi.triage.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.madoguchi.ticket.persistence.TicketFilter;

class TriageQueueFacetTest {

    private final TriageQueueFacet facet = new TriageQueueFacet();

    @Test
    void offersTheStatesTheQueueBadgesShowAndUndecidedInMenuOrder() {
        assertEquals("triage", facet.key());
        assertEquals(List.of("LIKELY_KNOWN", "LIKELY_NEW", "UNDECIDED", "DECIDED_KNOWN", "DECIDED_NEW"), facet.values());
    }

    @Test
    void readsAValueAsAnApiSpellsIt() {
        assertEquals(Optional.of("LIKELY_KNOWN"), facet.value("likely_known"));
        assertEquals(Optional.of("DECIDED_NEW"), facet.value(" decided-new "));
        assertEquals(Optional.of("UNDECIDED"), facet.value("UNDECIDED"));
        assertTrue(facet.value("maybe").isEmpty());
        assertTrue(facet.value("").isEmpty());
        assertTrue(facet.value(null).isEmpty());
    }

    @Test
    void aFilterKeepsOnlyTheFacetsSetToAValue() {
        Map<String, String> chosen = new HashMap<>();
        chosen.put("triage", "LIKELY_KNOWN");
        chosen.put("other", null);
        chosen.put("blank", " ");
        assertEquals(Map.of("triage", "LIKELY_KNOWN"), TicketFilter.all().withFacets(chosen).facets());
        assertEquals(Map.of(), TicketFilter.all().facets());
    }
}
