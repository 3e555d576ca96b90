package org.madoguchi.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * {@code bin/triage-bench}: indexes a synthetic history with the server's field layout and analysis, then times
 * the same inquiries three ways in one run — the product's triage path ({@link CandidateRanker}: ranking plus
 * the known/new features), a bare {@link IndexSearcher} query of the same terms (side by side, query by query,
 * in the server's equal parts and in Lucene's slices of whole segments), and SQL {@code LIKE} on H2 — and prints one
 * JSON line. {@code --reuse-index} skips indexing when {@code --dir} holds a previous run's index. The index is written
 * with the server's writer settings: Hibernate Search's merge policy and buffer, with its large merged segments
 * renumbered so that similar tickets sit together ({@link SimilarFirstMerges}); {@code --arrival-order} leaves them in
 * arrival order, and {@code --compare-index DIR} times the bare query on such an index side by side with this one.
 */
public final class TriageBench {

    private TriageBench() {
    }

    public static void main(String[] args) throws Exception {
        int tickets = intArg(args, "--tickets", 1_000_000);
        int queries = intArg(args, "--queries", 300);
        int sqlRows = Math.min(tickets, intArg(args, "--sql-rows", 100_000));
        Path dir = Path.of(stringArg(args, "--dir", "target/triage-bench-index"));
        SyntheticTickets history = new SyntheticTickets(42);
        JapaneseAnalyzers analyzers = new JapaneseAnalyzers(AnalysisResources.defaults());

        // --reuse-index times the queries again on an index a previous run left in --dir (no indexing figure then)
        boolean reuse = List.of(args).contains("--reuse-index") && Files.isDirectory(dir);
        boolean similarFirst = !List.of(args).contains("--arrival-order");
        Indexed indexed = reuse ? Indexed.NONE : index(history, analyzers, dir, tickets, similarFirst);
        String compareDir = stringArg(args, "--compare-index", null);
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory);
             Directory otherDirectory = compareDir == null ? null : FSDirectory.open(Path.of(compareDir));
             DirectoryReader other = otherDirectory == null ? null : DirectoryReader.open(otherDirectory)) {
            // as on the server: one searcher thread and one equal part of the documents per core, side by side
            int searchThreads = intArg(args, "--search-threads", Runtime.getRuntime().availableProcessors());
            ExecutorService pool = Executors.newFixedThreadPool(searchThreads, Thread.ofPlatform().daemon().factory());
            IndexSearcher searcher = searchThreads > 1 ? new CoreSlicedSearcher(reader, pool, searchThreads)
                    : new IndexSearcher(reader);
            searcher.setSimilarity(TriageIndexing.similarity());
            // the same threads with Lucene's own grouping of segments into slices, to show what the balance gains
            IndexSearcher luceneSlices = searchThreads > 1 ? new IndexSearcher(reader, pool) : new IndexSearcher(reader);
            luceneSlices.setSimilarity(TriageIndexing.similarity());
            RankingSettings settings = RankingSettings.defaults();
            for (int i = 0; i + 1 < args.length; i++) {
                if (args[i].equals("--set")) { // the latency side of a ranking setting, as in bin/triage-eval
                    String[] pair = args[i + 1].split("=", 2);
                    settings = settings.with(pair[0], pair[1]);
                }
            }
            CandidateRanker ranker = new CandidateRanker(analyzers, settings, ProposalPolicy.defaults());
            String[] inquiries = new String[queries];
            for (int q = 0; q < queries; q++) {
                inquiries[q] = history.inquiryAbout((int) ((q * 2_654_435_761L) % tickets));
            }
            long lexiconStart = System.nanoTime();
            ReadingLexicon lexicon = ReadingLexicon.of(reader, new ReadingLexicon.Readings(analyzers.spelling()),
                    analyzers.synonymWords());
            double lexiconMillis = (System.nanoTime() - lexiconStart) / 1e6;
            Work productPath = q -> ranker.triage(searcher, q, null, 10, lexicon);
            // the very query the product runs (its learnt-wordings gate weighed by the index's statistics)
            Work barePath = q -> searcher.search(ranker.query(q, new LuceneRankingIndex(searcher, lexicon)).query(), 10);
            Work bareLuceneSlices = q -> luceneSlices.search(
                    ranker.query(q, new LuceneRankingIndex(luceneSlices, lexicon)).query(), 10);
            Work[] ways = {productPath, barePath, bareLuceneSlices};
            if (other != null) { // the same bare query on another index of the same tickets (say, in arrival order)
                IndexSearcher otherSearcher = new CoreSlicedSearcher(other, pool, searchThreads);
                otherSearcher.setSimilarity(TriageIndexing.similarity());
                ReadingLexicon otherLexicon = ReadingLexicon.of(other,
                        new ReadingLexicon.Readings(analyzers.spelling()), analyzers.synonymWords());
                ways = new Work[] {productPath, barePath, bareLuceneSlices, q -> otherSearcher.search(
                        ranker.query(q, new LuceneRankingIndex(otherSearcher, otherLexicon)).query(), 10)};
            }
            // a server answers triage for months: time the steady state, after the JIT has compiled the hot paths
            for (int pass = 0; pass < intArg(args, "--warm-up", 3); pass++) {
                timeSideBySide(inquiries, ways);
            }
            double[][] timed = timeSideBySide(inquiries, ways);
            double[] product = timed[0];
            double[] bare = timed[1];
            double[] bareDefault = timed[2];
            String compared = other == null ? "" : String.format(Locale.ROOT, "\"compare_index\": \"%s\", "
                            + "\"compare_bare_p50_ms\": %.2f, \"compare_bare_p99_ms\": %.2f, "
                            + "\"bare_over_compare_p50\": %.2f, ",
                    compareDir.replace("\\", "\\\\").replace("\"", "\\\""), pct(timed[3], 50), pct(timed[3], 99),
                    pct(bare, 50) / pct(timed[3], 50));
            double[] sql = sqlLike(history, inquiries, sqlRows);
            System.out.println(String.format(Locale.ROOT, "{\"tickets\": %d, \"similar_first\": %s, "
                            + "\"index_docs_per_s\": %s, \"index_merged_docs_per_s\": %s, \"segments\": %d, "
                            + "\"triage_p50_ms\": %.2f, \"triage_p99_ms\": %.2f, \"bare_p50_ms\": %.2f, \"bare_p99_ms\": %.2f, "
                            + "\"triage_over_bare_p50\": %.2f, \"triage_over_bare_p99\": %.2f, "
                            + "\"bare_lucene_slices_p50_ms\": %.2f, \"bare_lucene_slices_p99_ms\": %.2f, %s\"sql_rows\": %d, "
                            + "\"sql_like_p50_ms\": %.2f, \"sql_like_p99_ms\": %.2f, \"sql_like_p50_ms_scaled_to_tickets\": %.1f, "
                            + "\"lexicon_readings\": %d, \"lexicon_build_ms\": %.0f, \"heap_peak_mb\": %d, \"heap_max_mb\": %d}",
                    tickets, reuse ? "null" : similarFirst, rate(tickets, indexed.searchableSeconds()),
                    rate(tickets, indexed.mergedSeconds()), reader.leaves().size(), pct(product, 50),
                    pct(product, 99), pct(bare, 50), pct(bare, 99),
                    pct(product, 50) / pct(bare, 50), pct(product, 99) / pct(bare, 99), pct(bareDefault, 50),
                    pct(bareDefault, 99), compared, sqlRows, pct(sql, 50),
                    pct(sql, 99), pct(sql, 50) * tickets / sqlRows, lexicon.size(), lexiconMillis, heapPeakMb(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        }
    }

    /** Seconds until the tickets were committed (searchable), and until the merges that followed were done. */
    record Indexed(double searchableSeconds, double mergedSeconds) {
        static final Indexed NONE = new Indexed(Double.NaN, Double.NaN);
    }

    private static String rate(int tickets, double seconds) {
        return Double.isNaN(seconds) ? "null" : String.format(Locale.ROOT, "%.0f", tickets / seconds);
    }

    /**
     * Indexes with as many threads as cores, through one writer configured as Hibernate Search configures the
     * server's (its merge policy, Lucene's default buffer), with {@link SimilarFirstMerges} unless told otherwise.
     */
    static Indexed index(SyntheticTickets history, JapaneseAnalyzers analyzers, Path dir, int tickets,
                         boolean similarFirst) throws IOException, InterruptedException {
        TriageIndexing indexing = new TriageIndexing(analyzers, RankingSettings.defaults());
        Files.createDirectories(dir);
        MergePolicy merges = new LogByteSizeMergePolicy();
        IndexWriterConfig config = new IndexWriterConfig(indexing.indexAnalyzer())
                .setSimilarity(TriageIndexing.similarity())
                .setMergePolicy(similarFirst ? SimilarFirstMerges.around(merges) : merges)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        long start = System.nanoTime();
        double searchable;
        try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            int threads = Runtime.getRuntime().availableProcessors();
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < tickets; i = next.getAndIncrement()) {
                        writer.addDocument(indexing.toLucene(history.ticket(i)));
                    }
                    return null;
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(2, TimeUnit.HOURS)) {
                throw new IllegalStateException("indexing did not finish");
            }
            writer.commit();
            searchable = (System.nanoTime() - start) / 1e9;
        } // closing waits for the merges still running
        return new Indexed(searchable, (System.nanoTime() - start) / 1e9);
    }

    interface Work {
        void run(String inquiry) throws Exception;
    }

    /**
     * Times several ways of answering the same inquiries, query by query, each query starting with the next way in
     * turn: no way always runs on postings and compiled code that only another one warmed.
     */
    static double[][] timeSideBySide(String[] inquiries, Work... ways) throws Exception {
        double[][] ms = new double[ways.length][inquiries.length];
        for (int i = 0; i < inquiries.length; i++) {
            for (int k = 0; k < ways.length; k++) {
                int way = (i + k) % ways.length;
                ms[way][i] = timeOne(inquiries[i], ways[way]);
            }
        }
        for (double[] way : ms) {
            Arrays.sort(way);
        }
        return ms;
    }

    private static double timeOne(String inquiry, Work work) throws Exception {
        long start = System.nanoTime();
        work.run(inquiry);
        return (System.nanoTime() - start) / 1e6;
    }

    static double[] time(String[] inquiries, Work work) throws Exception {
        double[] ms = new double[inquiries.length];
        for (int i = 0; i < inquiries.length; i++) {
            long start = System.nanoTime();
            work.run(inquiries[i]);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /** The usual helpdesk fallback: LIKE on the inquiry's most specific word, over a subset of the tickets. */
    static double[] sqlLike(SyntheticTickets history, String[] inquiries, int rows) throws SQLException, Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:bench;MODE=Oracle")) {
            c.createStatement().execute("CREATE TABLE ticket (id VARCHAR(20) PRIMARY KEY, title VARCHAR(200), "
                    + "body VARCHAR(2000), answer VARCHAR(2000))");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO ticket VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    TriageDocument t = history.ticket(i);
                    insert.setString(1, t.id());
                    insert.setString(2, t.title());
                    insert.setString(3, t.body());
                    insert.setString(4, t.answer());
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement like = c.prepareStatement("SELECT id FROM ticket WHERE title LIKE ? OR body LIKE ? "
                    + "OR answer LIKE ? ORDER BY id FETCH FIRST 10 ROWS ONLY")) {
                return time(inquiries, q -> {
                    String word = "%" + longestWord(q) + "%";
                    like.setString(1, word);
                    like.setString(2, word);
                    like.setString(3, word);
                    try (ResultSet rs = like.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(1);
                        }
                    }
                });
            }
        }
    }

    /** The longest run of kanji/katakana/latin: what a person would type into a LIKE search box. */
    static String longestWord(String text) {
        return Arrays.stream(text.split("[\\p{IsHiragana}\\p{Punct}\\s。、？！]+"))
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(text);
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static long heapPeakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static int intArg(String[] args, String name, int fallback) {
        String v = stringArg(args, name, null);
        return v == null ? fallback : Integer.parseInt(v.replace("_", ""));
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
