package org.madoguchi.search.orm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.search.RankingIndex;
import org.madoguchi.search.RankingSettings;
import org.madoguchi.search.ReaderSearch;
import org.madoguchi.search.TriageDocument;
import org.madoguchi.search.TriageFields;
import org.madoguchi.search.TriageQuery;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.triage.application.DeskSearch;

/**
 * Console search: the triage query over every ticket and live article, narrowed by kind, status, type, system and
 * period of receipt, paged; only entries holding at least one of the query's words while there are any
 * ({@link ReaderSearch#anyWord}).
 */
@ApplicationScoped
public class IndexedDeskSearch implements DeskSearch {

    private static final List<Class<?>> TICKETS_AND_ARTICLES = List.of(Ticket.class, Article.class);

    @Inject
    DeskIndexes indexes;

    @Override
    public Hits search(String text, Filters filters, int first, int size) {
        if (text == null || text.isBlank()) {
            return new Hits(List.of(), 0);
        }
        // an agent's kana are read against the index's words, as for triage
        return indexes.withIndex(TICKETS_AND_ARTICLES, text, index -> {
            TriageQuery query = TriageQuery.of(text, TriageAnalysis.analyzers(), RankingSettings.defaults(),
                    index);
            if (query.isEmpty()) {
                return new Hits(List.of(), 0);
            }
            Query ranked = withFilters(query.query(), filters);
            Query anyWord = ReaderSearch.anyWord(query);
            Query holdingAWord = anyWord == null ? ranked : new BooleanQuery.Builder()
                    .add(ranked, BooleanClause.Occur.MUST).add(anyWord, BooleanClause.Occur.FILTER).build();
            long total = index.count(holdingAWord);
            // no entry at all holds a word of the query as written (a typo, a word cut apart): its characters still
            // find some; but where the filters leave none of the entries that do, nothing is found
            boolean wordsUnknown = anyWord != null && total == 0 && index.count(anyWord) == 0;
            Query shown = wordsUnknown ? ranked : holdingAWord;
            List<Hit> hits = new ArrayList<>();
            for (RankingIndex.Hit found : index.search(shown, first, size)) {
                hits.add(new Hit(found.kind(), found.id(), found.title(), found.score()));
            }
            return new Hits(hits, shown == holdingAWord ? total : index.count(shown));
        });
    }

    static Query withFilters(Query query, Filters filters) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (filters.kind() != null && !filters.kind().isBlank()) {
            b.add(new TermQuery(new Term(TriageFields.KIND, filters.kind())), BooleanClause.Occur.FILTER);
        }
        // every ticket, but an article only while it is live (never as a draft, nor once archived)
        b.add(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TriageFields.KIND, TriageDocument.TICKET)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(ArticleTriageBinder.STATUS, ArticleTriageBinder.LIVE)), BooleanClause.Occur.SHOULD)
                .build(), BooleanClause.Occur.FILTER);
        anyOf(b, TicketTriageBinder.STATUS, filters.statuses());
        anyOf(b, TicketTriageBinder.TYPE, filters.types());
        if (filters.systemCode() != null && !filters.systemCode().isBlank()) {
            b.add(new TermQuery(new Term(TicketTriageBinder.SYSTEM, filters.systemCode())), BooleanClause.Occur.FILTER);
        }
        if (filters.received() != null) {
            // only tickets carry the time of receipt: a period leaves the articles out
            Instant from = filters.received().from();
            Instant before = filters.received().before();
            b.add(LongPoint.newRangeQuery(TriageFields.CREATED, from == null ? Long.MIN_VALUE : from.toEpochMilli(),
                    before == null ? Long.MAX_VALUE : before.toEpochMilli() - 1), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void anyOf(BooleanQuery.Builder b, String field, Set<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
        b.add(any.build(), BooleanClause.Occur.FILTER);
    }
}
