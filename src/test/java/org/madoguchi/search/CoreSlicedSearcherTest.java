package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoreSlicedSearcherTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    /** One segment per size, flushed one after another and never merged; words repeat with different periods. */
    private static Directory segments(int... sizes) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            int id = 0;
            for (int size : sizes) {
                for (int i = 0; i < size; i++) {
                    Document doc = new Document();
                    doc.add(new TextField("text", "pipe " + (id % 7 == 0 ? "manhole manhole" : "ledger")
                            + (id % 5 == 0 ? " manhole" : "") + (id % 11 == 0 ? " sewer" : "") + " n" + id++,
                            Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.flush();
            }
        }
        return directory;
    }

    /** Each part's runs as "segment:min-max". */
    private static List<List<String>> described(List<List<CoreSlicedSearcher.Run>> parts) {
        return parts.stream()
                .map(part -> part.stream().map(run -> run.leaf().ord + ":" + run.min() + "-" + run.max()).toList())
                .toList();
    }

    @Test
    void theDocumentsAreCutIntoEqualRunsACutFallingInsideASegment() throws IOException {
        try (Directory directory = segments(50, 40, 30); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(List.of(List.of("0:0-50", "1:0-10"), List.of("1:10-40", "2:0-30")),
                    described(CoreSlicedSearcher.parts(reader.leaves(), 2, 10)), "120 documents in two parts of 60");
            assertEquals(List.of(List.of("0:0-40"), List.of("0:40-50", "1:0-30"), List.of("1:30-40", "2:0-30")),
                    described(CoreSlicedSearcher.parts(reader.leaves(), 3, 10)));
            assertEquals(List.of(List.of("0:0-50", "1:0-40", "2:0-30")),
                    described(CoreSlicedSearcher.parts(reader.leaves(), 2, 100)),
                    "too few documents for two parts of at least 100: one part, searched by one thread");
        }
    }

    @Test
    void oneSegmentIsSearchedByBothThreads() throws IOException {
        try (Directory directory = segments(200); DirectoryReader reader = DirectoryReader.open(directory)) {
            CoreSlicedSearcher searcher = new CoreSlicedSearcher(reader, executor, 2, 10);
            assertEquals(2, searcher.getSlices().length, "Lucene is told there are two slices, so collectors share");
            assertEquals(List.of(List.of("0:0-100"), List.of("0:100-200")), described(searcher.parts()));
        }
    }

    @Test
    void thePartsFindTheSameHitsAndCountsAsOneThread() throws IOException {
        try (Directory directory = segments(500, 300, 120, 80);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher single = new IndexSearcher(reader);
            CoreSlicedSearcher parts = new CoreSlicedSearcher(reader, executor, 2, 10);
            Query query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("text", "manhole")), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term("text", "sewer")), BooleanClause.Occur.SHOULD).build();
            for (int depth : new int[] {1, 10, 200}) {
                // the depth as threshold: the collectors skip non-competitive documents, sharing the bar between parts
                ScoreDoc[] expected =
                        single.search(query, new TopScoreDocCollectorManager(depth, null, depth)).scoreDocs;
                ScoreDoc[] found = parts.search(query, new TopScoreDocCollectorManager(depth, null, depth)).scoreDocs;
                assertArrayEquals(Arrays.stream(expected).mapToInt(d -> d.doc).toArray(),
                        Arrays.stream(found).mapToInt(d -> d.doc).toArray(), "top " + depth);
                assertArrayEquals(Arrays.stream(expected).mapToDouble(d -> d.score).toArray(),
                        Arrays.stream(found).mapToDouble(d -> d.score).toArray(), 0);
            }
            assertEquals(single.count(query), parts.count(query));
            assertEquals(single.search(query, 1000).totalHits.value, parts.search(query, 1000).totalHits.value);
        }
    }

    @Test
    void onlyThePartsAreHandedToTheExecutor() throws IOException {
        AtomicInteger handed = new AtomicInteger();
        Executor counting = task -> {
            handed.incrementAndGet();
            executor.execute(task);
        };
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("text", "manhole")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("text", "sewer")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("text", "ledger")), BooleanClause.Occur.SHOULD).build();
        try (Directory directory = segments(50, 40, 30, 20, 10);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            CoreSlicedSearcher small = new CoreSlicedSearcher(reader, counting, 2, 1000);
            small.search(query, 10);
            small.count(query);
            assertEquals(0, handed.get(), "one part: no term of any segment is looked up on another thread");

            CoreSlicedSearcher split = new CoreSlicedSearcher(reader, counting, 2, 10);
            split.search(query, 10);
            assertEquals(1, handed.get(), "two parts: the calling thread searches one, the executor the other");
        }
    }
}
