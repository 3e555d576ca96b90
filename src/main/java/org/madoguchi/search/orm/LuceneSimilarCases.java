package org.madoguchi.search.orm;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.madoguchi.search.CandidateRanker;
import org.madoguchi.search.PassageExcerpt;
import org.madoguchi.search.ProposalPolicy;
import org.madoguchi.search.RankingSettings;
import org.madoguchi.search.TriageFilters;
import org.madoguchi.search.TriageIndexing;
import org.madoguchi.search.TriageProposal;
import org.madoguchi.search.TriageResult;
import org.madoguchi.triage.application.SimilarCases;
import org.madoguchi.triage.domain.Decision;

/**
 * Triage on the server: the eval's ranking code ({@link CandidateRanker}) on a searcher over the index that
 * Hibernate Search keeps, refreshed to the last commit before each search, so a ticket committed a moment
 * ago is found and a rolled-back one never is.
 */
@ApplicationScoped
public class LuceneSimilarCases implements SimilarCases {

    private static final List<String> RESOLVED = List.of("ANSWERED", "CLOSED");

    private final CandidateRanker ranker = new CandidateRanker(TriageAnalysis.analyzers(), RankingSettings.defaults(),
            ProposalPolicy.defaults());
    private final PassageExcerpt excerpts = new PassageExcerpt(TriageAnalysis.analyzers(), EXCERPT_CHARS);
    private volatile SearcherManager searchers;

    private static final int EXCERPT_CHARS = 90;

    @Override
    public String excerpt(String inquiry, String text) {
        return excerpts.excerpt(ranker.query(inquiry), text, 2);
    }

    @Override
    public Suggestion find(String inquiry, String exclude, int limit) {
        SearcherManager manager = searchers();
        try {
            manager.maybeRefreshBlocking();
            IndexSearcher searcher = manager.acquire();
            try {
                TriageResult result = ranker.triage(searcher, inquiry, filter(exclude), limit);
                List<Match> matches = result.candidates().stream()
                        .map(c -> new Match(c.kind(), c.id(), c.title(), c.score())).toList();
                TriageProposal proposal = result.proposal();
                return new Suggestion(matches, proposal.isKnown() ? Decision.KNOWN : Decision.NEW,
                        proposal.confidence());
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resolved tickets only, never the inquiry itself. */
    static Query filter(String exclude) {
        BooleanQuery.Builder resolved = new BooleanQuery.Builder();
        RESOLVED.forEach(s -> resolved.add(new TermQuery(new Term(TicketTriageBinder.STATUS, s)),
                BooleanClause.Occur.SHOULD));
        BooleanQuery.Builder filter = new BooleanQuery.Builder().add(resolved.build(), BooleanClause.Occur.FILTER);
        Query others = TriageFilters.of(null, exclude == null ? List.of() : List.of(exclude), null);
        if (others != null) {
            filter.add(others, BooleanClause.Occur.FILTER);
        }
        return filter.build();
    }

    private SearcherManager searchers() {
        SearcherManager current = searchers;
        if (current == null) {
            synchronized (this) {
                if (searchers == null) {
                    var directory = IndexDirectories.of(TicketIndexMapping.TICKET_INDEX)
                            .orElseThrow(() -> new IllegalStateException("The ticket index is not open"));
                    try {
                        searchers = new SearcherManager(directory, new SearcherFactory() {
                            @Override
                            public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                                                             org.apache.lucene.index.IndexReader previous) {
                                IndexSearcher searcher = new IndexSearcher(reader);
                                searcher.setSimilarity(TriageIndexing.similarity());
                                return searcher;
                            }
                        });
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                current = searchers;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (searchers != null) {
            try {
                searchers.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
