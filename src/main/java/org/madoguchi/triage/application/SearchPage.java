package org.madoguchi.triage.application;

import java.util.List;

/**
 * A page of the console's search as an agent reads it: a ticket filed again in the same words (subject,
 * description, answer and status alike) is listed under the first one found instead of taking a row.
 *
 * @param total the matches found, copies included
 * @param first where in the ranked matches the page starts
 * @param next  where the next page starts: past the rows shown and the copies folded into them
 */
public record SearchPage(List<Entry> entries, long total, int first, int next) {

    public SearchPage {
        entries = List.copyOf(entries);
    }

    /**
     * A row: one result, its title HTML-escaped with the query's words in {@code <mark>}, and the numbers of the
     * tickets that repeat it word for word.
     */
    public record Entry(SearchResults.Result result, String markedTitle, List<String> copies) {
        public Entry {
            copies = List.copyOf(copies);
        }
    }

    public boolean hasNext() {
        return next < total;
    }
}
