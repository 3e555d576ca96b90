package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class SimilarFirstMergesTest {

    private static final String[] SUBJECTS =
            {"manhole cover lid", "ledger export csv", "map layer tile", "login password reset"};

    /** Tickets of four subjects in turn, flushed in eight segments and merged into one. */
    private static Directory history(MergePolicy merges) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(merges))) {
            for (int i = 0; i < 20_000; i++) {
                Document doc = new Document();
                doc.add(new StringField("subject", String.valueOf(i % SUBJECTS.length), Field.Store.YES));
                doc.add(new TextField("text", SUBJECTS[i % SUBJECTS.length] + " ticket t" + i, Field.Store.NO));
                writer.addDocument(doc);
                if (i % 2_500 == 2_499) {
                    writer.flush();
                }
            }
            writer.forceMerge(1);
        }
        return directory;
    }

    /** How often the subject changes from one document to the next, in document order. */
    private static int subjectChanges(DirectoryReader reader) throws IOException {
        StoredFields stored = reader.storedFields();
        int changes = 0;
        for (int doc = 1; doc < reader.maxDoc(); doc++) {
            changes += stored.document(doc).get("subject").equals(stored.document(doc - 1).get("subject")) ? 0 : 1;
        }
        return changes;
    }

    @Test
    void aMergedSegmentHoldsTicketsOfTheSameSubjectTogetherAndScoresAsBefore() throws IOException {
        try (Directory arrival = history(new TieredMergePolicy());
             Directory similar = history(SimilarFirstMerges.around(new TieredMergePolicy()));
             DirectoryReader inArrivalOrder = DirectoryReader.open(arrival);
             DirectoryReader similarFirst = DirectoryReader.open(similar)) {
            assertEquals(19_999, subjectChanges(inArrivalOrder), "in arrival order the subject changes every ticket");
            int grouped = subjectChanges(similarFirst);
            assertTrue(grouped <= 100, "renumbered, tickets of a subject sit together: " + grouped + " changes");

            Query query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("text", "manhole")), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term("text", "t17")), BooleanClause.Occur.SHOULD).build();
            float[] before = scores(new IndexSearcher(inArrivalOrder), query);
            float[] after = scores(new IndexSearcher(similarFirst), query);
            assertArrayEquals(before, after, "the same scores, so the same ranking");
        }
    }

    private static float[] scores(IndexSearcher searcher, Query query) throws IOException {
        float[] scores = new float[20];
        var docs = searcher.search(query, scores.length).scoreDocs;
        for (int i = 0; i < docs.length; i++) {
            scores[i] = docs[i].score;
        }
        return scores;
    }

    @Test
    void aPolicyIsWrappedOnce() {
        MergePolicy once = SimilarFirstMerges.around(new TieredMergePolicy());
        assertSame(once, SimilarFirstMerges.around(once));
        assertTrue(SimilarFirstMerges.appliesTo(once));
        assertTrue(!SimilarFirstMerges.appliesTo(new TieredMergePolicy()));
    }
}
