package org.madoguchi.triage.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.time.DayRange;

/** Console-wide search over the desk's tickets and knowledge base, with the triage analysis: implemented by the search package. */
public interface DeskSearch {

    /**
     * Narrows a search; empty sets and nulls mean "any". {@code kind} is {@code ticket} or {@code article} (live
     * knowledge-base articles); ticket statuses and types, and a period of receipt, leave articles out.
     *
     * @param received tickets received in this period only, or null for any time
     */
    record Filters(Set<String> statuses, Set<String> types, String systemCode, String kind, Period received) {
        public Filters {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
            types = types == null ? Set.of() : Set.copyOf(types);
        }

        public Filters(Set<String> statuses, Set<String> types, String systemCode, String kind) {
            this(statuses, types, systemCode, kind, null);
        }

        public static Filters none() {
            return new Filters(Set.of(), Set.of(), null, null, null);
        }
    }

    /**
     * A period of time: from {@code from} (inclusive) until {@code before} (exclusive); either end may be open (null).
     */
    record Period(Instant from, Instant before) {
        public Period {
            if (from != null && before != null && !from.isBefore(before)) {
                throw new IllegalArgumentException("an empty period: " + from + " to " + before);
            }
        }

        /**
         * From the start of day {@code from} to the end of day {@code to} on the calendar of {@code zone}, as the
         * queue reads its days ({@link DayRange}); either day may be open.
         *
         * @return null when neither day is given
         * @throws InvalidInputException on field {@code to} when it is before {@code from}
         */
        public static Period days(LocalDate from, LocalDate to, ZoneId zone) {
            DayRange days = DayRange.given(from, to);
            return days.isAll() ? null : new Period(days.start(zone), days.end(zone));
        }
    }

    record Hit(String kind, String id, String title, double score) {
    }

    record Hits(List<Hit> hits, long total) {
    }

    /** One page of matches, best first; a query without any searchable word finds nothing. */
    Hits search(String query, Filters filters, int first, int size);
}
