package org.madoguchi.ticket.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.madoguchi.account.application.AccountService;
import org.madoguchi.account.domain.Account;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.time.DayRange;
import org.madoguchi.platform.web.Feedback;
import org.madoguchi.ticket.application.SystemCatalog;
import org.madoguchi.ticket.application.TicketQueries;
import org.madoguchi.ticket.domain.AffectedSystem;
import org.madoguchi.ticket.domain.Priority;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketStatus;
import org.madoguchi.ticket.domain.TicketType;
import org.madoguchi.ticket.persistence.QueueFacet;
import org.madoguchi.ticket.persistence.TicketFilter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The agents' work queue: open tickets first by default, filtered by status, type, priority, system,
 * assignee, received date, text and the facets other features offer (where triage stands), sorted and paged in
 * the database.
 */
@Named
@ViewScoped
public class TicketQueueView implements Serializable {

    @Inject
    TicketQueries queries;
    @Inject
    SystemCatalog systems;
    @Inject
    AccountService accounts;

    private List<TicketStatus> statuses = new ArrayList<>(
            List.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.WAITING));
    private List<TicketType> types = new ArrayList<>();
    private List<Priority> priorities = new ArrayList<>();
    private String systemCode;
    private String assignee;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    private String text;
    private Map<String, String> facetValues = new HashMap<>();
    private LazyDataModel<Ticket> tickets;

    @PostConstruct
    void init() {
        tickets = new QueueModel(criteria());
    }

    /**
     * Applies the filter form; the table reloads from its first page. Days the wrong way round are said on the field,
     * as in the history search, and the table keeps the filter it had rather than listing nothing.
     */
    public void apply() {
        try {
            DayRange.given(receivedFrom, receivedTo);
        } catch (InvalidInputException e) {
            Feedback.show("filter", e);
            return;
        }
        tickets = new QueueModel(criteria());
    }

    public void clear() {
        statuses = new ArrayList<>();
        types = new ArrayList<>();
        priorities = new ArrayList<>();
        systemCode = null;
        assignee = null;
        receivedFrom = null;
        receivedTo = null;
        text = null;
        facetValues = new HashMap<>();
        apply();
    }

    /** The form's filter, in the default order (newest received first). */
    TicketFilter criteria() {
        return new TicketFilter(copy(statuses, TicketStatus.class), copy(types, TicketType.class),
                copy(priorities, Priority.class), systemCode, assignee, receivedFrom, receivedTo, text, facetValues,
                TicketFilter.Sort.RECEIVED, true);
    }

    /** The applied filter in the order the table's header asks for. */
    static TicketFilter sorted(TicketFilter applied, Map<String, SortMeta> sortBy) {
        if (sortBy == null || sortBy.isEmpty()) {
            return applied;
        }
        SortMeta meta = sortBy.values().iterator().next();
        TicketFilter.Sort sort = switch (meta.getField()) {
            case "number" -> TicketFilter.Sort.NUMBER;
            case "priority" -> TicketFilter.Sort.PRIORITY;
            case "status" -> TicketFilter.Sort.STATUS;
            case "updatedAt" -> TicketFilter.Sort.UPDATED;
            default -> TicketFilter.Sort.RECEIVED;
        };
        return applied.sortedBy(sort, meta.getOrder() == SortOrder.DESCENDING);
    }

    private static <E extends Enum<E>> EnumSet<E> copy(List<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    /** The table's rows under the filter applied last: what the form holds until then does not change them. */
    private class QueueModel extends LazyDataModel<Ticket> {

        private final TicketFilter applied;
        private transient TicketQueries.Page<Ticket> last;

        QueueModel(TicketFilter applied) {
            this.applied = applied;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.queue(applied, 0, 1).total();
        }

        @Override
        public List<Ticket> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            last = queries.queue(sorted(applied, sortBy), first, pageSize);
            setRowCount((int) last.total());
            return last.items();
        }

        @Override
        public String getRowKey(Ticket ticket) {
            return ticket.getNumber();
        }
    }

    public LazyDataModel<Ticket> getTickets() {
        return tickets;
    }

    public TicketStatus[] getAllStatuses() {
        return TicketStatus.values();
    }

    public TicketType[] getAllTypes() {
        return TicketType.values();
    }

    public Priority[] getAllPriorities() {
        return Priority.values();
    }

    public List<AffectedSystem> getSystems() {
        return systems.active();
    }

    public List<Account> getAgents() {
        return accounts.agents();
    }

    /** The values the facet of {@code key} offers (none if no feature offers it), for its menu. */
    public List<String> facetChoices(String key) {
        return queries.facets().stream().filter(f -> f.key().equals(key)).findFirst()
                .map(QueueFacet::values).orElse(List.of());
    }

    /** The value chosen per facet key, bound by the filter form ({@code facetValues['triage']}). */
    public Map<String, String> getFacetValues() {
        return facetValues;
    }

    public String getUnassigned() {
        return TicketFilter.UNASSIGNED;
    }

    public List<TicketStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<TicketStatus> statuses) {
        this.statuses = statuses;
    }

    public List<TicketType> getTypes() {
        return types;
    }

    public void setTypes(List<TicketType> types) {
        this.types = types;
    }

    public List<Priority> getPriorities() {
        return priorities;
    }

    public void setPriorities(List<Priority> priorities) {
        this.priorities = priorities;
    }

    public String getSystemCode() {
        return systemCode;
    }

    public void setSystemCode(String systemCode) {
        this.systemCode = systemCode;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
