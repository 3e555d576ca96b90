package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class CoreSlicedSearcherTest {

    /** One segment per size, flushed one after another and never merged. */
    private static Directory segments(int... sizes) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            int id = 0;
            for (int size : sizes) {
                for (int i = 0; i < size; i++) {
                    Document doc = new Document();
                    doc.add(new TextField("text", "pipe " + (id % 7 == 0 ? "manhole" : "ledger") + " n" + id++, Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.flush();
            }
        }
        return directory;
    }

    @Test
    void oneSliceOfAboutEqualDocumentsPerThreadAndTheSameHits() throws IOException {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try (Directory directory = segments(50, 40, 30, 20, 5); DirectoryReader reader = DirectoryReader.open(directory)) {
            CoreSlicedSearcher sliced = new CoreSlicedSearcher(reader, executor, 2);
            IndexSearcher.LeafSlice[] slices = sliced.getSlices();
            assertEquals(2, slices.length);
            int[] documents = Arrays.stream(slices)
                    .mapToInt(slice -> Arrays.stream(slice.leaves).mapToInt(leaf -> leaf.reader().maxDoc()).sum())
                    .sorted().toArray();
            assertArrayEquals(new int[] {70, 75}, documents, "50+20 and 40+30+5");

            TermQuery query = new TermQuery(new Term("text", "manhole"));
            assertArrayEquals(Arrays.stream(new IndexSearcher(reader).search(query, 10).scoreDocs).mapToInt(d -> d.doc).toArray(),
                    Arrays.stream(sliced.search(query, 10).scoreDocs).mapToInt(d -> d.doc).toArray());
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void neverMoreSlicesThanSegments() throws IOException {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try (Directory directory = segments(10); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(1, new CoreSlicedSearcher(reader, executor, 4).getSlices().length);
        } finally {
            executor.shutdown();
        }
    }
}
