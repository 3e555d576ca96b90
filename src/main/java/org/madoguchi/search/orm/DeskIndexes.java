package org.madoguchi.search.orm;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.madoguchi.search.CoreSlicedSearcher;
import org.madoguchi.search.LuceneRankingIndex;
import org.madoguchi.search.RankingIndex;
import org.madoguchi.search.ReadingLexicon;
import org.madoguchi.search.TriageIndexing;

/**
 * The indexes that Hibernate Search writes, as {@link RankingIndex}es, whichever backend is configured.
 * <p>
 * On the Lucene backend (the default) the reader is Hibernate Search's own near-real-time one, so a ticket is
 * found as soon as its transaction returned (the indexing plan waits for the refresh, {@code read-sync}) without a
 * disk commit per transaction; a crash before the periodic commit is repaired by the rebuild at the next start
 * ({@link IndexMaintenance}). On the Elasticsearch/OpenSearch backend ({@code hibernate.search.backend.type=
 * elasticsearch}) the same queries are sent to the cluster ({@link OpenSearchRankingIndex}).
 */
@ApplicationScoped
public class DeskIndexes {

    /** Work done with an index that is current as of the last committed transaction. */
    public interface IndexWork<T> {
        T apply(RankingIndex index) throws IOException;
    }

    @PersistenceUnit
    EntityManagerFactory emf;

    /**
     * Makes the threads that search one query in equal parts side by side, a part per core
     * ({@link CoreSlicedSearcher}), so that every core works on a query over a large history. They are the server's
     * managed threads, but held in a plain pool: the managed executor captures the caller's context for every task it
     * is handed (it scanned the class path each time, a few milliseconds), and these tasks need none.
     */
    @Resource
    ManagedThreadFactory threadFactory;

    /** Made at start; its threads only when the first search needs them. */
    private ExecutorService searchThreads;

    @PostConstruct
    void startSearchThreads() {
        if (threadFactory != null) {
            searchThreads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), threadFactory);
        }
    }

    /** The index's words by reading, per segment, for inquiries typed in kana; kept for the server's lifetime. */
    private final ReadingLexicon.Readings readings = new ReadingLexicon.Readings(TriageAnalysis.analyzers().spelling());

    private volatile Boolean cluster;

    /**
     * Runs work against the indexes of these entity types (tickets, articles or both).
     *
     * @param inquiry the text about to be ranked, if any: its kana are read against the index's words, and a cluster
     *                fetches its terms' statistics in advance
     */
    public <T> T withIndex(List<Class<?>> types, String inquiry, IndexWork<T> work) {
        try {
            if (onCluster()) {
                return work.apply(OpenSearchRankingIndex.open(Search.mapping(emf), types, inquiry));
            }
            try (IndexReader reader = Search.mapping(emf).scope(types).extension(LuceneExtension.get())
                    .openIndexReader()) {
                IndexSearcher searcher = searchThreads == null ? new IndexSearcher(reader)
                        : new CoreSlicedSearcher(reader, searchThreads, Runtime.getRuntime().availableProcessors());
                searcher.setSimilarity(TriageIndexing.similarity());
                // a text to be searched reads its kana against the index's words; other work needs no lexicon
                ReadingLexicon lexicon = inquiry == null ? ReadingLexicon.empty()
                        : ReadingLexicon.of(reader, readings, TriageAnalysis.analyzers().synonymWords());
                return work.apply(new LuceneRankingIndex(searcher, lexicon));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void stopSearchThreads() {
        if (searchThreads != null) {
            searchThreads.shutdownNow();
        }
    }

    /** Whether Hibernate Search writes to an Elasticsearch/OpenSearch cluster rather than local Lucene indexes. */
    public boolean onCluster() {
        Boolean known = cluster;
        if (known == null) {
            try {
                Search.mapping(emf).backend().unwrap(ElasticsearchBackend.class);
                known = true;
            } catch (SearchException e) {
                known = false;
            }
            cluster = known;
        }
        return known;
    }
}
