package org.madoguchi.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The reference the issue compares against: Lucene's stock CJKAnalyzer (character bigrams) over title and body in
 * one field, BM25, the raw top score as its confidence. Only the eval tool uses it.
 */
final class BigramBaseline {

    private static final String ALL = "all";
    private static final int MAX_CLAUSES = 1000;
    private final Analyzer analyzer = new CJKAnalyzer();
    private final IndexSearcher searcher;

    BigramBaseline(List<TriageDocument> corpus) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (TriageDocument entry : corpus) {
                Document doc = new Document();
                doc.add(new StringField(TriageFields.ID, entry.id(), Field.Store.YES));
                if (entry.created() != null) {
                    doc.add(new LongPoint(TriageFields.CREATED, entry.created().toEpochMilli()));
                    doc.add(new NumericDocValuesField(TriageFields.CREATED, entry.created().toEpochMilli()));
                }
                doc.add(new TextField(ALL, entry.title() + "\n" + entry.body(), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    /** Ranked ids and the top score. */
    record Ranking(List<String> ids, double topScore) {
    }

    Ranking rank(String text, Query filter, int limit) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        try (TokenStream stream = analyzer.tokenStream(ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && clauses++ < MAX_CLAUSES) {
                query.add(new TermQuery(new Term(ALL, term.toString())), BooleanClause.Occur.SHOULD);
            }
            stream.end();
        }
        Query built = clauses == 0 ? new MatchNoDocsQuery() : query.build();
        TopDocs top = searcher.search(CandidateRanker.filtered(built, filter), limit);
        List<String> ids = new ArrayList<>();
        for (var hit : top.scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(TriageFields.ID));
        }
        return new Ranking(ids, top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score);
    }
}
