package org.madoguchi.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/** A {@link RankingIndex} over a Lucene searcher: the server's own index, or the eval's in-memory one. */
public final class LuceneRankingIndex implements RankingIndex {

    private final IndexSearcher searcher;
    private final ReadingLexicon lexicon;

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
        CollectionStatistics statistics = searcher.collectionStatistics(field);
        return statistics == null ? 0 : statistics.docCount();
    }

    @Override
    public int docFreq(String field, String term) throws IOException {
        return searcher.getIndexReader().docFreq(new Term(field, term));
    }

    @Override
    public boolean contains(Hit hit, String field, Collection<String> terms) throws IOException {
        int doc = (Integer) hit.handle();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Terms fieldTerms = leaf.reader().terms(field);
        if (fieldTerms == null) {
            return false;
        }
        TermsEnum termsEnum = fieldTerms.iterator();
        for (String term : terms) {
            if (termsEnum.seekExact(new BytesRef(term))) {
                PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
                if (postings.advance(doc - leaf.docBase) == doc - leaf.docBase) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public ReadingLexicon lexicon() {
        return lexicon;
    }
}
