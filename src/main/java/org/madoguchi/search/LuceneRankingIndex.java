package org.madoguchi.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * A {@link RankingIndex} over a Lucene searcher: the server's own index, or the eval's in-memory one. One triage
 * asks the statistics of the same few dozen terms many times (the maximum score, the term shares of the top
 * candidate): each field's terms are read with one enumerator per segment and each term's frequency once, kept for
 * the life of this object, which is one request's and not shared between threads.
 */
public final class LuceneRankingIndex implements RankingIndex {

    private final IndexSearcher searcher;
    private final ReadingLexicon lexicon;
    private final Map<String, Long> docCounts = new HashMap<>();
    private final Map<String, Map<String, Integer>> docFreqs = new HashMap<>();
    private final Map<String, TermsEnum[]> termsByField = new HashMap<>();
    private PostingsEnum postings;

    public LuceneRankingIndex(IndexSearcher searcher, ReadingLexicon lexicon) {
        this.searcher = searcher;
        this.lexicon = lexicon;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    @Override
    public List<Hit> search(Query query, int offset, int limit) throws IOException {
        int depth = Math.max(1, offset + limit);
        // the total hit count is never shown: skipping non-competitive entries may start at once, not after 1,000
        ScoreDoc[] docs = searcher.search(query, new TopScoreDocCollectorManager(depth, null, depth)).scoreDocs;
        List<Hit> hits = new ArrayList<>();
        for (int i = offset; i < docs.length; i++) {
            Document doc = searcher.storedFields().document(docs[i].doc);
            hits.add(new Hit(doc.get(TriageFields.ID), doc.get(TriageFields.KIND), doc.get(TriageFields.TITLE),
                    doc.get(TriageFields.ARTICLE_ID), docs[i].score, docs[i].doc));
        }
        return hits;
    }

    @Override
    public long count(Query query) throws IOException {
        return searcher.count(query);
    }

    @Override
    public long docCount(String field) throws IOException {
        Long known = docCounts.get(field);
        if (known == null) {
            CollectionStatistics statistics = searcher.collectionStatistics(field);
            known = statistics == null ? 0 : statistics.docCount();
            docCounts.put(field, known);
        }
        return known;
    }

    /** As {@code IndexReader.docFreq}: the sum over the segments (deleted entries included). */
    @Override
    public int docFreq(String field, String term) throws IOException {
        Map<String, Integer> known = docFreqs.computeIfAbsent(field, f -> new HashMap<>());
        Integer docFreq = known.get(term);
        if (docFreq == null) {
            docFreq = readDocFreq(field, term);
            known.put(term, docFreq);
        }
        return docFreq;
    }

    private int readDocFreq(String field, String term) throws IOException {
        BytesRef bytes = new BytesRef(term);
        int docFreq = 0;
        for (TermsEnum segment : termsOf(field)) {
            if (segment != null && segment.seekExact(bytes)) {
                docFreq += segment.docFreq();
            }
        }
        return docFreq;
    }

    @Override
    public boolean mayHold(String field, String term) throws IOException {
        return docFreq(field, term) > 0;
    }

    @Override
    public boolean contains(Hit hit, String field, Collection<String> terms) throws IOException {
        int doc = (Integer) hit.handle();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int index = ReaderUtil.subIndex(doc, leaves);
        TermsEnum segment = termsOf(field)[index];
        if (segment == null) {
            return false;
        }
        int target = doc - leaves.get(index).docBase;
        for (String term : terms) {
            if (segment.seekExact(new BytesRef(term))) {
                postings = segment.postings(postings, PostingsEnum.NONE);
                if (postings.advance(target) == target) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One terms enumerator of the field per segment, null where a segment lacks the field. */
    private TermsEnum[] termsOf(String field) throws IOException {
        TermsEnum[] segments = termsByField.get(field);
        if (segments == null) {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            segments = new TermsEnum[leaves.size()];
            for (int i = 0; i < segments.length; i++) {
                Terms terms = leaves.get(i).reader().terms(field);
                segments[i] = terms == null ? null : terms.iterator();
            }
            termsByField.put(field, segments);
        }
        return segments;
    }

    @Override
    public ReadingLexicon lexicon() {
        return lexicon;
    }
}
