package org.madoguchi.triage.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.web.Feedback;
import org.madoguchi.ticket.application.SystemCatalog;
import org.madoguchi.ticket.domain.AffectedSystem;
import org.madoguchi.ticket.domain.TicketStatus;
import org.madoguchi.ticket.domain.TicketType;
import org.madoguchi.triage.application.DeskSearch;
import org.madoguchi.triage.application.DeskSearchService;
import org.madoguchi.triage.application.SearchPage;
import org.madoguchi.triage.application.TriageService;

/** The console's search page: Japanese-aware search over the whole history, filtered and paged. */
@Named
@ViewScoped
public class DeskSearchView implements Serializable {

    static final int PAGE_SIZE = 20;

    @Inject
    DeskSearchService search;
    @Inject
    SystemCatalog systems;

    private String query;
    private TicketStatus status;
    private TicketType type;
    private String kind;
    private String systemCode;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    private int first;
    /** The rank of the page's first row: copies folded into rows make it differ from {@link #first}. */
    private int rank;
    /** Where each earlier page started, and its first row's rank, for going back. */
    private final ArrayDeque<int[]> earlier = new ArrayDeque<>();
    private SearchPage results;

    /** Opening the page with a query in its address (a kept or shared link) shows its first page. */
    public void open() {
        if (query != null && !query.isBlank()) {
            search();
        }
    }

    public void search() {
        first = 0;
        rank = 0;
        earlier.clear();
        run();
    }

    /**
     * The form's search: answered at the page's own address with the query in it, so the link can be kept. A pasted
     * mail would make an address too long for servers and browsers: it is answered on this page as it stands.
     */
    public String searchAsLink() {
        dropTicketFiltersForArticles();
        if (!daysInOrder()) { // said here: a message would not outlive the redirect
            return null;
        }
        if (query != null && query.length() > LINKABLE_QUERY_CHARS) {
            search();
            return null;
        }
        return "/console/search?faces-redirect=true&includeViewParams=true";
    }

    /** Characters a query may have and still go into the address (URL-encoded Japanese takes nine bytes each). */
    static final int LINKABLE_QUERY_CHARS = 300;

    public void next() {
        if (results == null || !results.hasNext()) {
            return;
        }
        earlier.push(new int[] {first, rank});
        rank += results.entries().size();
        first = results.next();
        run();
    }

    public void previous() {
        int[] back = earlier.isEmpty() ? new int[] {0, 0} : earlier.pop();
        first = back[0];
        rank = back[1];
        run();
    }

    private void run() {
        dropTicketFiltersForArticles();
        if (!daysInOrder()) { // a kept link with the days the wrong way round
            return;
        }
        if (systemCode != null && getSystems().stream().noneMatch(s -> s.getCode().equals(systemCode))) {
            systemCode = null; // a link naming no system the menu offers filters nothing, as a status that names none
        }
        var filters = new DeskSearch.Filters(status == null ? Set.of() : Set.of(status.name()),
                type == null ? Set.of() : Set.of(type.name()), systemCode,
                kind == null || kind.isBlank() ? null : kind, search.receivedBetween(receivedFrom, receivedTo));
        results = search.page(query, filters, first, PAGE_SIZE);
    }

    /** Whether the days of receipt make a period; if not, the field says why and no results are shown. */
    private boolean daysInOrder() {
        try {
            search.receivedBetween(receivedFrom, receivedTo);
            return true;
        } catch (InvalidInputException e) {
            Feedback.show("search", e);
            results = null;
            return false;
        }
    }

    /**
     * Status, type and the days of receipt are a ticket's: with articles only they would leave nothing, so they are
     * let go. The system is an article's too, and stays.
     */
    private void dropTicketFiltersForArticles() {
        if (TriageService.ARTICLE.equals(kind)) {
            status = null;
            type = null;
            receivedFrom = null;
            receivedTo = null;
        }
    }

    public boolean isHasNext() {
        return results != null && results.hasNext();
    }

    public boolean isHasPrevious() {
        return results != null && first > 0;
    }

    public List<SearchPage.Entry> getItems() {
        return results == null ? List.of() : results.entries();
    }

    public SearchPage getResults() {
        return results;
    }

    /** The rank of the page's first row, from 1. */
    public int getFirstRank() {
        return rank + 1;
    }

    public List<AffectedSystem> getSystems() {
        return systems.active();
    }

    public TicketStatus[] getStatuses() {
        return TicketStatus.values();
    }

    public TicketType[] getTypes() {
        return TicketType.values();
    }

    public String[] getKinds() {
        return new String[] {TriageService.TICKET, TriageService.ARTICLE};
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** The status filter in a link; a value that names no status (an old or mistyped link) filters nothing. */
    public String getStatusName() {
        return status == null ? null : status.name();
    }

    public void setStatusName(String name) {
        status = parse(TicketStatus.class, name);
    }

    /** The type filter in a link, read as leniently as the status. */
    public String getTypeName() {
        return type == null ? null : type.name();
    }

    public void setTypeName(String name) {
        type = parse(TicketType.class, name);
    }

    public String getSystemCode() {
        return systemCode;
    }

    public void setSystemCode(String systemCode) {
        this.systemCode = systemCode == null || systemCode.isBlank() ? null : systemCode.strip();
    }

    /** The first day in a link (2026-04-01); a value that is no date filters nothing, as a status that names none. */
    public String getReceivedFromText() {
        return receivedFrom == null ? null : receivedFrom.toString();
    }

    public void setReceivedFromText(String day) {
        receivedFrom = parseDay(day);
    }

    /** The last day in a link, read as leniently as the first. */
    public String getReceivedToText() {
        return receivedTo == null ? null : receivedTo.toString();
    }

    public void setReceivedToText(String day) {
        receivedTo = parseDay(day);
    }

    private static LocalDate parseDay(String day) {
        try {
            return day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public LocalDate getReceivedFrom() {
        return receivedFrom;
    }

    public void setReceivedFrom(LocalDate receivedFrom) {
        this.receivedFrom = receivedFrom;
    }

    public LocalDate getReceivedTo() {
        return receivedTo;
    }

    public void setReceivedTo(LocalDate receivedTo) {
        this.receivedTo = receivedTo;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return value;
            }
        }
        return null;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public void setStatus(TicketStatus status) {
        this.status = status;
    }

    public TicketType getType() {
        return type;
    }

    public void setType(TicketType type) {
        this.type = type;
    }
}
