package org.madoguchi.search.orm;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.madoguchi.search.TriageIndexing;

/**
 * The one reader of the ticket index that Hibernate Search writes: a {@link SearcherManager} over the same
 * directory, refreshed to the latest commit before each use and scoring with the triage similarity.
 */
@ApplicationScoped
public class TicketSearchers {

    /** Work done with a searcher that is current as of the last commit. */
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private volatile SearcherManager manager;

    public <T> T withSearcher(SearcherWork<T> work) {
        SearcherManager m = manager();
        try {
            m.maybeRefreshBlocking();
            IndexSearcher searcher = m.acquire();
            try {
                return work.apply(searcher);
            } finally {
                m.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearcherManager manager() {
        SearcherManager current = manager;
        if (current == null) {
            synchronized (this) {
                if (manager == null) {
                    var directory = IndexDirectories.of(TicketIndexMapping.TICKET_INDEX)
                            .orElseThrow(() -> new IllegalStateException("The ticket index is not open"));
                    try {
                        manager = new SearcherManager(directory, new SearcherFactory() {
                            @Override
                            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                                IndexSearcher searcher = new IndexSearcher(reader);
                                searcher.setSimilarity(TriageIndexing.similarity());
                                return searcher;
                            }
                        });
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                current = manager;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (manager != null) {
            try {
                manager.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
