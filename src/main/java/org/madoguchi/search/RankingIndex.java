package org.madoguchi.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.search.Query;

/**
 * What ranking and the known/new proposal read from an index: a Lucene reader ({@link LuceneRankingIndex}), or a
 * search cluster when Hibernate Search runs on its Elasticsearch/OpenSearch backend. Queries are Lucene query
 * objects either way; a cluster translates them.
 */
public interface RankingIndex {

    /** One entry found: its stored id, kind and title (and article id for articles), score, and where it lives. */
    record Hit(String id, String kind, String title, String articleId, float score, Object handle) {

        public Candidate candidate() {
            return new Candidate(id, kind, title, score);
        }
    }

    /** The entries ranked {@code offset} to {@code offset + limit - 1} for a query, best first. */
    List<Hit> search(Query query, int offset, int limit) throws IOException;

    /** How many entries a query matches. */
    long count(Query query) throws IOException;

    /** Entries that have the field (BM25's N); 0 when none has. */
    long docCount(String field) throws IOException;

    /** Entries whose field holds the term. */
    int docFreq(String field, String term) throws IOException;

    /** Entries whose field holds a term group: a synonym group is as common as its most common term. */
    default int docFreq(String field, QueryTerms.TermGroup group) throws IOException {
        int most = 0;
        for (String term : group.terms()) {
            most = Math.max(most, docFreq(field, term));
        }
        return most;
    }

    /** BM25's idf of a term group in a field. */
    default double idf(String field, QueryTerms.TermGroup group) throws IOException {
        return idf(docCount(field), docFreq(field, group));
    }

    /** BM25's idf of a term held by {@code withTerm} of {@code entries}. */
    static double idf(long entries, long withTerm) {
        return Math.log(1 + (entries - withTerm + 0.5) / (withTerm + 0.5));
    }

    /**
     * Whether some entry's field may hold the term: false only where the index can tell at once that none does,
     * so that a search for it can be spared.
     */
    default boolean mayHold(String field, String term) throws IOException {
        return true;
    }

    /** Whether the hit's field holds any of the terms. */
    boolean contains(Hit hit, String field, Collection<String> terms) throws IOException;

    /** The index's words by reading, for inquiries typed in kana; {@link ReadingLexicon#empty()} where unknown. */
    ReadingLexicon lexicon();
}
