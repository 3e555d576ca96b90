package org.madoguchi.triage.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.Violation;
import org.madoguchi.ticket.domain.TicketStatus;
import org.madoguchi.ticket.domain.TicketType;
import org.madoguchi.triage.application.DeskSearch;
import org.madoguchi.triage.application.DeskSearchService;
import org.madoguchi.triage.application.SearchResults;

/**
 * {@code GET /api/v1/search?q=&kind=&status=&type=&system=&from=&to=&page=&size=}: search the desk's history (agents);
 * {@code from} and {@code to} are days of receipt on the desk's calendar (2026-04-01), both included.
 */
@Path("/v1/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    DeskSearchService search;

    public record Page(long total, int page, int size, List<SearchResults.Result> items) {
    }

    @GET
    public Page search(@QueryParam("q") String q, @QueryParam("kind") String kind,
                       @QueryParam("status") String status, @QueryParam("type") String type,
                       @QueryParam("system") String system,
                       @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("page") @DefaultValue("0") int page,
                       @QueryParam("size") @DefaultValue("20") int size) {
        String k = kind == null || kind.isBlank() ? null : kind.strip();
        if (k != null && !k.equals("ticket") && !k.equals("article")) {
            throw new InvalidInputException(Violation.of("kind", "validation.oneOf", "ticket, article"));
        }
        if ("article".equals(k)) {
            // a ticket's status or type never matches an article: say so rather than answer "nothing found"
            String[][] ticketOnlyFilters = {{"status", status}, {"type", type}, {"from", from}, {"to", to}};
            for (String[] ticketOnly : ticketOnlyFilters) {
                if (ticketOnly[1] != null && !ticketOnly[1].isBlank()) {
                    throw new InvalidInputException(Violation.of(ticketOnly[0], "validation.ticketsOnly"));
                }
            }
        }
        if (page < 0) {
            throw new InvalidInputException(Violation.of("page", "validation.min", 0));
        }
        if (size < 1 || size > DeskSearchService.MAX_SIZE) {
            throw new InvalidInputException(Violation.of("size", "validation.range", 1, DeskSearchService.MAX_SIZE));
        }
        DeskSearch.Period received = search.receivedBetween(day("from", from), day("to", to));
        var filters = new DeskSearch.Filters(names("status", status, TicketStatus.class),
                names("type", type, TicketType.class),
                system == null || system.isBlank() ? null : system.strip(), k, received);
        SearchResults results = search.search(q, filters, page * size, size);
        return new Page(results.total(), page, size, results.results());
    }

    private static LocalDate day(String name, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Violation.of(name, "validation.date"));
        }
    }

    /**
     * A comma-separated list of {@code values}' names, in any case and with hyphens for underscores; a name that is
     * none of them is refused, rather than answered with nothing.
     */
    private static <E extends Enum<E>> Set<String> names(String field, String list, Class<E> values) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        Set<String> known = Arrays.stream(values.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        Set<String> names = Arrays.stream(list.split(","))
                .map(s -> s.strip().toUpperCase(Locale.ROOT).replace('-', '_'))
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        if (!known.containsAll(names)) {
            String accepted = Arrays.stream(values.getEnumConstants())
                    .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "));
            throw new InvalidInputException(Violation.of(field, "validation.oneOf", accepted));
        }
        return names;
    }
}
