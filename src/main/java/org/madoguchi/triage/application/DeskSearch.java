package org.madoguchi.triage.application;

import java.util.List;
import java.util.Set;

/** Console-wide search over the desk's tickets and knowledge base, with the triage analysis: implemented by the search package. */
public interface DeskSearch {

    /**
     * Narrows a search; empty sets and nulls mean "any". {@code kind} is {@code ticket} or {@code article} (live
     * knowledge-base articles); ticket statuses and types leave articles out.
     */
    record Filters(Set<String> statuses, Set<String> types, String systemCode, String kind) {
        public Filters {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
            types = types == null ? Set.of() : Set.copyOf(types);
        }

        public Filters(Set<String> statuses, Set<String> types, String systemCode) {
            this(statuses, types, systemCode, null);
        }

        public static Filters none() {
            return new Filters(Set.of(), Set.of(), null, null);
        }
    }

    record Hit(String kind, String id, String title, double score) {
    }

    record Hits(List<Hit> hits, long total) {
    }

    /** One page of matches, best first; a query without any searchable word finds nothing. */
    Hits search(String query, Filters filters, int first, int size);
}
