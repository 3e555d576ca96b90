package org.madoguchi.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.Violation;
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
    @Inject
    Settings settings;

    /** The days of receipt {@code from} to {@code to} on the desk's calendar ({@link DeskSearch.Period#days}). */
    public DeskSearch.Period receivedBetween(LocalDate from, LocalDate to) {
        return DeskSearch.Period.days(from, to, settings.zone());
    }

    /**
     * The REST search: a filter naming a system the desk does not have is refused, rather than answered with nothing.
     */
    @Transactional
    public SearchResults search(String query, DeskSearch.Filters filters, int first, int size) {
        Asked asked = asked(query, first, size);
        String system = filters == null ? null : filters.systemCode();
        if (system != null && tickets.systemByCode(system).isEmpty()) {
            throw new InvalidInputException(Violation.of("system", "validation.system.unknown", system));
        }
        if (asked.q().isBlank()) {
            return new SearchResults(List.of(), 0, asked.start(), asked.size());
        }
        DeskSearch.Hits hits = search.search(asked.q(), orNone(filters), asked.start(), asked.size());
        Shown shown = shown(asked.q(), hits.hits());
        var results = hits.hits().stream().map(shown::result).flatMap(Optional::stream).toList();
        return new SearchResults(results, hits.total(), asked.start(), asked.size());
    }

    /**
     * The console's page of results: as {@link #search}, but a ticket filed again word for word is listed under the
     * first one found ({@link SearchPage}), so a recurring issue takes one row and the page still shows {@code size}.
     */
    @Transactional
    public SearchPage page(String query, DeskSearch.Filters filters, int first, int size) {
        Asked asked = asked(query, first, size);
        if (asked.q().isBlank()) {
            return new SearchPage(List.of(), 0, asked.start(), asked.start());
        }
        // twice the page is read, and more while folded copies leave it short and there are more to read
        DeskSearch.Hits hits;
        Shown shown;
        CopyFolding.Folded<DeskSearch.Hit> folded;
        int read = asked.size() * 2;
        while (true) {
            hits = search.search(asked.q(), orNone(filters), asked.start(), read);
            shown = shown(asked.q(), hits.hits());
            folded = CopyFolding.fold(hits.hits(), shown::copyKey, asked.size());
            if (folded.groups().size() >= asked.size() || hits.hits().size() < read || read >= MAX_READ) {
                break;
            }
            read *= 2;
        }
        Shown rows = shown;
        List<SearchPage.Entry> entries = folded.groups().stream().flatMap(g -> rows.result(g.first())
                .map(r -> new SearchPage.Entry(r, rows.passages.title(r.title()),
                        g.copies().stream().map(DeskSearch.Hit::id).toList())).stream())
                .toList();
        return new SearchPage(entries, hits.total(), asked.start(), asked.start() + folded.read());
    }

    /** Matches read at most for one page of folded results: a page of copies upon copies stops there. */
    static final int MAX_READ = 8 * MAX_SIZE;

    /** A search as asked, checked and bounded: the query cut to {@link #MAX_QUERY_CHARS}, the page within limits. */
    private record Asked(String q, int start, int size) {
    }

    private Asked asked(String query, int first, int size) {
        currentUser.require(Permission.VIEW_TICKETS);
        String q = query == null ? "" : query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query;
        return new Asked(q, Math.max(0, first), Math.clamp(size, 1, MAX_SIZE));
    }

    private static DeskSearch.Filters orNone(DeskSearch.Filters filters) {
        return filters == null ? DeskSearch.Filters.none() : filters;
    }

    /** What the hits are shown with: their tickets, loaded in one query, and the query's passages and language. */
    private Shown shown(String q, List<DeskSearch.Hit> hits) {
        if (hits.isEmpty()) { // a page past the end, or nothing found: no passages to mark
            return new Shown(Map.of(), null, null);
        }
        return new Shown(tickets.byNumbers(hits.stream().filter(h -> !TriageService.ARTICLE.equals(h.kind()))
                .map(DeskSearch.Hit::id).toList()), similar.passages(q), TextLanguage.of(q));
    }

    private final class Shown {
        private final Map<String, Ticket> pageTickets;
        private final SimilarCases.Passages passages;
        private final String language;

        Shown(Map<String, Ticket> pageTickets, SimilarCases.Passages passages, String language) {
            this.pageTickets = pageTickets;
            this.passages = passages;
            this.language = language;
        }

        Optional<SearchResults.Result> result(DeskSearch.Hit h) {
            return DeskSearchService.this.result(h, pageTickets, passages, language);
        }

        /** A ticket is a copy of another with the same subject, description, answer and status; an article never. */
        Object copyKey(DeskSearch.Hit h) {
            Ticket t = TriageService.ARTICLE.equals(h.kind()) ? null : pageTickets.get(h.id());
            return t == null ? null : CopyFolding.keyOf(t.getSubject(), t.getDescription(), t.getAnswer(),
                    t.getStatus());
        }
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
