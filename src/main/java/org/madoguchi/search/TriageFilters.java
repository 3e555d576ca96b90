package org.madoguchi.search;

import java.time.Instant;
import java.util.Collection;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Filters of a triage search: the history as it was at a time, entries to leave out, one kind only. */
public final class TriageFilters {

    private TriageFilters() {
    }

    /**
     * @param createdBefore only entries created strictly before this (or undated), or null for all
     * @param excludedIds   ids never to return (e.g. the inquiry's own ticket)
     * @param kind          {@code ticket} or {@code article}, or null for both
     * @return the filter, or null when nothing is filtered
     */
    public static Query of(Instant createdBefore, Collection<String> excludedIds, String kind) {
        boolean none = createdBefore == null && (excludedIds == null || excludedIds.isEmpty()) && kind == null;
        if (none) {
            return null;
        }
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        filter.add(createdBefore == null ? new MatchAllDocsQuery() : earlierOrUndated(createdBefore),
                BooleanClause.Occur.FILTER);
        if (kind != null) {
            filter.add(new TermQuery(new Term(TriageFields.KIND, kind)), BooleanClause.Occur.FILTER);
        }
        if (excludedIds != null) {
            for (String id : excludedIds) {
                filter.add(new TermQuery(new Term(TriageFields.ID, id)), BooleanClause.Occur.MUST_NOT);
            }
        }
        return filter.build();
    }

    /**
     * Entries created before the time, and entries with no creation time at all: a knowledge-base entry without a
     * date is as old as the knowledge base, not newer than every inquiry (a set that dates its past cases but not
     * its FAQ would otherwise lose every FAQ entry).
     */
    private static Query earlierOrUndated(Instant createdBefore) {
        Query undated = new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                .add(new FieldExistsQuery(TriageFields.CREATED), BooleanClause.Occur.MUST_NOT)
                .build();
        return new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(TriageFields.CREATED, Long.MIN_VALUE, createdBefore.toEpochMilli() - 1),
                        BooleanClause.Occur.SHOULD)
                .add(undated, BooleanClause.Occur.SHOULD)
                .build();
    }
}
