package org.madoguchi.search.orm;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.madoguchi.search.TriageIndexing;
import org.madoguchi.ticket.domain.Ticket;

/**
 * Searchers over the ticket and article indexes that Hibernate Search writes, scoring with the triage similarity. The reader
 * is Hibernate Search's own near-real-time one, so a ticket is found as soon as its transaction returned (the
 * indexing plan waits for the refresh, {@code read-sync}) without a disk commit per transaction; a crash before
 * the periodic commit is repaired by the rebuild at the next start ({@link IndexMaintenance}).
 */
@ApplicationScoped
public class TicketSearchers {

    /** Work done with a searcher that is current as of the last committed transaction. */
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @PersistenceUnit
    EntityManagerFactory emf;

    /**
     * Searches one query's index segments side by side, a thread per core: at a million tickets this takes the
     * triage median from about 11 ms to 8 ms on two cores ({@code bin/triage-bench}). The pool is the server's.
     */
    @Resource
    ManagedExecutorService executor;

    public <T> T withSearcher(SearcherWork<T> work) {
        return withSearcher(List.of(Ticket.class), work);
    }

    /** As {@link #withSearcher(SearcherWork)}, over the indexes of these entity types (tickets, articles or both). */
    public <T> T withSearcher(List<Class<?>> types, SearcherWork<T> work) {
        try (IndexReader reader = Search.mapping(emf).scope(types).extension(LuceneExtension.get())
                .openIndexReader()) {
            IndexSearcher searcher = executor == null ? new IndexSearcher(reader) : new IndexSearcher(reader, executor);
            searcher.setSimilarity(TriageIndexing.similarity());
            return work.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
