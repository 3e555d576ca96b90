package org.madoguchi.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A reader's search (the Q&A site, the knowledge base): ranked as triage ranks, but only entries that contain enough
 * of the reader's words are found, so that one common word does not bring back every entry.
 */
public final class ReaderSearch {

    /** Share of the reader's words an entry must contain to be found (half: "印刷 できない" needs 印刷). */
    public static final double WORDS_TO_MATCH = 0.5;
    /** ...but at most three: a long inquiry typed into the form still finds the entry that shares its key words. */
    public static final int MOST_WORDS_TO_MATCH = 3;

    private ReaderSearch() {
    }

    /** {@code ranked} (the query, with any filters) restricted to entries holding enough of the words of {@code query}. */
    public static Query restrict(Query ranked, TriageQuery query) {
        Query coverage = query.coverage(WORDS_TO_MATCH, MOST_WORDS_TO_MATCH);
        return coverage == null ? ranked : new BooleanQuery.Builder()
                .add(ranked, BooleanClause.Occur.MUST)
                .add(coverage, BooleanClause.Occur.FILTER)
                .build();
    }
}
