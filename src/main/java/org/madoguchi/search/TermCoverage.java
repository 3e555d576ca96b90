package org.madoguchi.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * How much of an inquiry one document contains: the idf-weighted share of the inquiry's term groups found in any
 * of the document's text fields. Unlike a BM25 score it ignores term frequency and length, so it reads as
 * "the candidate mentions 80% of what the inquiry is about". A new issue that reuses a known entry's screens and
 * words still leaves its own distinctive terms unmatched.
 */
final class TermCoverage {

    private final IndexSearcher searcher;
    private final RankingSettings settings;

    TermCoverage(IndexSearcher searcher, RankingSettings settings) {
        this.searcher = searcher;
        this.settings = settings;
    }

    double of(TriageQuery query, TriageFields.Variant variant, int doc) throws IOException {
        QueryTerms terms = query.terms().get(variant);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int leafDoc = doc - leaf.docBase;
        double total = 0;
        double matched = 0;
        for (QueryTerms.TermGroup group : terms.groups()) {
            double weight = query.groupWeight(group) * idf(variant, group);
            total += weight;
            if (contains(leaf, leafDoc, variant, group)) {
                matched += weight;
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    /**
     * 1 when the inquiry quotes error codes and the document mentions none of them, else 0: a quoted code the
     * entry does not know is a strong sign of a different issue.
     */
    double codeMissing(TriageQuery query, TriageFields.Variant variant, int doc) throws IOException {
        QueryTerms terms = query.terms().get(variant);
        if (terms == null) {
            return 0;
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        boolean anyCode = false;
        for (QueryTerms.TermGroup group : terms.groups()) {
            if (TriageQuery.isCode(group)) {
                anyCode = true;
                if (contains(leaf, doc - leaf.docBase, variant, group)) {
                    return 0;
                }
            }
        }
        return anyCode ? 1 : 0;
    }

    private boolean contains(LeafReaderContext leaf, int doc, TriageFields.Variant variant,
                             QueryTerms.TermGroup group) throws IOException {
        for (Map.Entry<String, Double> field : settings.fieldBoosts().entrySet()) {
            if (field.getValue() <= 0) {
                continue;
            }
            Terms fieldTerms = leaf.reader().terms(TriageFields.field(field.getKey(), variant));
            if (fieldTerms == null) {
                continue;
            }
            TermsEnum termsEnum = fieldTerms.iterator();
            for (String term : group.terms()) {
                if (termsEnum.seekExact(new BytesRef(term))) {
                    PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
                    if (postings.advance(doc) == doc) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** BM25's idf of the group in the text field family (the whole collection's view of the term). */
    private double idf(TriageFields.Variant variant, QueryTerms.TermGroup group) throws IOException {
        String field = TriageFields.field(TriageFields.TEXT, variant);
        var collection = searcher.collectionStatistics(field);
        long docCount = collection == null ? searcher.getIndexReader().maxDoc() : collection.docCount();
        int docFreq = 0;
        for (String term : group.terms()) {
            docFreq = Math.max(docFreq, searcher.getIndexReader().docFreq(new org.apache.lucene.index.Term(field, term)));
        }
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }
}
