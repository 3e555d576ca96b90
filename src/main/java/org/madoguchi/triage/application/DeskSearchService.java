package org.madoguchi.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.persistence.TicketRepository;

/** The console's search: ranked like triage, over every ticket and live article, with filters, paging and marked passages. */
@ApplicationScoped
public class DeskSearchService {

    public static final int MAX_SIZE = 100;
    /** The status a live knowledge-base article shows with in the results. */
    public static final String PUBLISHED = "PUBLISHED";
    /** Longer queries are cut: what matters of a pasted mail is in its first part. */
    public static final int MAX_QUERY_CHARS = 8000;

    @Inject
    DeskSearch search;
    @Inject
    SimilarCases similar;
    @Inject
    TicketRepository tickets;
    @Inject
    ArticleAnswers articles;
    @Inject
    CurrentUser currentUser;

    @Transactional
    public SearchResults search(String query, DeskSearch.Filters filters, int first, int size) {
        currentUser.require(Permission.VIEW_TICKETS);
        int pageSize = Math.clamp(size, 1, MAX_SIZE);
        int start = Math.max(0, first);
        String q = query == null ? "" : query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query;
        if (q.isBlank()) {
            return new SearchResults(java.util.List.of(), 0, start, pageSize);
        }
        DeskSearch.Hits hits = search.search(q, filters == null ? DeskSearch.Filters.none() : filters, start, pageSize);
        if (hits.hits().isEmpty()) { // a page past the end, or nothing found: no passages to mark
            return new SearchResults(java.util.List.of(), hits.total(), start, pageSize);
        }
        SimilarCases.Passages passages = similar.passages(q);
        String language = TextLanguage.of(q);
        // the page's tickets in one query, not one each
        Map<String, Ticket> pageTickets = tickets.byNumbers(hits.hits().stream()
                .filter(h -> !TriageService.ARTICLE.equals(h.kind())).map(DeskSearch.Hit::id).toList());
        var results = hits.hits().stream().map(h -> result(h, pageTickets, passages, language))
                .flatMap(Optional::stream).toList();
        return new SearchResults(results, hits.total(), start, pageSize);
    }

    /** A hit as shown; an article in the query's language, when it has it ({@link TextLanguage}). */
    private Optional<SearchResults.Result> result(DeskSearch.Hit h, Map<String, Ticket> pageTickets,
                                                  SimilarCases.Passages passages, String language) {
        if (TriageService.ARTICLE.equals(h.kind())) {
            return articles.live(h.id(), language).map(a -> new SearchResults.Result(h.kind(), a.id(), a.title(),
                    PUBLISHED, passages.excerpt(a.text()), h.score()));
        }
        return Optional.ofNullable(pageTickets.get(h.id())).map(t -> new SearchResults.Result(h.kind(), t.getNumber(),
                t.getSubject(), t.getStatus().name(), passages.excerpt(t.getDescription()
                + (t.getAnswer() == null ? "" : "\n" + t.getAnswer())), h.score()));
    }
}
