package org.madoguchi.ticket.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.madoguchi.account.application.AccountService;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Account;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.RuleViolationException;
import org.madoguchi.platform.web.Feedback;
import org.madoguchi.platform.web.Messages;
import org.madoguchi.ticket.application.SystemCatalog;
import org.madoguchi.ticket.application.TicketService;
import org.madoguchi.ticket.domain.AffectedSystem;
import org.madoguchi.ticket.domain.Level;
import org.madoguchi.ticket.domain.MessageKind;
import org.madoguchi.ticket.domain.Priority;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketEvent;
import org.madoguchi.ticket.domain.TicketStatus;
import org.madoguchi.ticket.domain.TicketType;

/** One ticket in the console: its details and timeline, and the agent's actions on it. */
@Named
@ViewScoped
public class TicketDetailView implements Serializable {

    @Inject
    TicketService tickets;
    @Inject
    SystemCatalog systems;
    @Inject
    AccountService accounts;
    @Inject
    CurrentUser currentUser;

    private String number;
    private Ticket ticket;
    private List<TimelineEntry> timeline;

    private String body;
    private MessageKind kind = MessageKind.REPLY;
    private TicketStatus targetStatus;
    private String assignee;
    private Level impact;
    private Level urgency;
    private Priority priority;
    private TicketType type;
    private String systemCode;
    private boolean securityIncident;

    /** {@code f:viewAction}: loads the ticket named by the {@code n} parameter. */
    public void load() {
        show(tickets.get(number));
    }

    private void show(Ticket loaded) {
        ticket = loaded;
        number = loaded.getNumber();
        timeline = TimelineEntry.of(loaded);
        targetStatus = null;
        assignee = loaded.getAssignee() == null ? null : loaded.getAssignee().getUsername();
        impact = loaded.getImpact();
        urgency = loaded.getUrgency();
        priority = loaded.getPriority();
        type = loaded.getType();
        systemCode = loaded.getSystem() == null ? null : loaded.getSystem().getCode();
        securityIncident = loaded.isSecurityIncident();
    }

    public void send() {
        if (act(() -> tickets.addMessage(number, kind, body), "message")) {
            body = null;
            kind = MessageKind.REPLY;
        }
    }

    public void changeStatus() {
        if (targetStatus != null) {
            act(() -> tickets.changeStatus(number, targetStatus), "status");
        }
    }

    public void assign() {
        act(() -> tickets.assign(number, assignee), "assignee");
    }

    public void assignToMe() {
        act(() -> tickets.assign(number, currentUser.username().orElseThrow()), "assignee");
    }

    public void assess() {
        act(() -> tickets.assess(number, impact, urgency), "assessment");
    }

    public void overridePriority() {
        act(() -> tickets.overridePriority(number, priority), "priority");
    }

    public void reclassify() {
        act(() -> tickets.reclassify(number, type, systemCode, securityIncident), "classification");
    }

    /** Runs an action; on a broken rule shows why and keeps what the agent typed. */
    private boolean act(Supplier<Ticket> action, String what) {
        try {
            show(action.get());
            Feedback.info("ticket.saved." + what);
            return true;
        } catch (InvalidInputException e) {
            Feedback.show("actions", e);
        } catch (RuleViolationException e) {
            Feedback.show(e);
        }
        return false;
    }

    /** A history line in words: "担当者: (なし) → operator". */
    public String describe(TicketEvent e) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String field = Messages.get(locale, "field." + e.getField());
        if (TicketEvent.CREATED.equals(e.getField())) {
            return Messages.get(locale, "timeline.created", Messages.get(locale, "channel." + e.getNewValue()));
        }
        return field + ": " + value(locale, e.getField(), e.getOldValue()) + " → "
                + value(locale, e.getField(), e.getNewValue());
    }

    private static String value(Locale locale, String field, String value) {
        if (value == null) {
            return Messages.get(locale, "timeline.none");
        }
        return switch (field) {
            case "status" -> Messages.get(locale, "status." + value);
            case "priority" -> Messages.get(locale, "priority." + value);
            case "impact", "urgency" -> Messages.get(locale, "level." + value);
            case "type" -> Messages.get(locale, "type." + value);
            case "securityIncident" -> Messages.get(locale, "boolean." + value);
            case "triage" -> triage(locale, value);
            default -> value;
        };
    }

    /** A triage decision as recorded ("NEW", "KNOWN ticket 2026-000012") in words: "既存事象（過去の問合せ 2026-000012）". */
    private static String triage(Locale locale, String summary) {
        String[] parts = summary.split(" ", 3);
        String decision = Messages.get(locale, "triage.decision." + parts[0]);
        return parts.length < 3 ? decision
                : Messages.get(locale, "timeline.triageLink", decision, Messages.get(locale, "triage.kind." + parts[1]), parts[2]);
    }

    public boolean isMayWork() {
        return currentUser.may(Permission.WORK_TICKETS);
    }

    public boolean isMayReassign() {
        return currentUser.may(Permission.REASSIGN);
    }

    public boolean isMayOverridePriority() {
        return currentUser.may(Permission.OVERRIDE_PRIORITY);
    }

    public List<TicketStatus> getNextStatuses() {
        return ticket.getStatus().allowedNext().stream()
                .filter(s -> ticket.getStatus() != TicketStatus.CLOSED || isMayReassign())
                .toList();
    }

    public MessageKind[] getKinds() {
        return new MessageKind[] {MessageKind.REPLY, MessageKind.INTERIM_REPORT, MessageKind.ANSWER, MessageKind.NOTE};
    }

    public List<Account> getAgents() {
        return accounts.agents();
    }

    public List<AffectedSystem> getSystems() {
        return systems.active();
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public TicketType[] getTypes() {
        return TicketType.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public MessageKind getKind() {
        return kind;
    }

    public void setKind(MessageKind kind) {
        this.kind = kind;
    }

    public TicketStatus getTargetStatus() {
        return targetStatus;
    }

    public void setTargetStatus(TicketStatus targetStatus) {
        this.targetStatus = targetStatus;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Level getImpact() {
        return impact;
    }

    public void setImpact(Level impact) {
        this.impact = impact;
    }

    public Level getUrgency() {
        return urgency;
    }

    public void setUrgency(Level urgency) {
        this.urgency = urgency;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public TicketType getType() {
        return type;
    }

    public void setType(TicketType type) {
        this.type = type;
    }

    public String getSystemCode() {
        return systemCode;
    }

    public void setSystemCode(String systemCode) {
        this.systemCode = systemCode;
    }

    public boolean isSecurityIncident() {
        return securityIncident;
    }

    public void setSecurityIncident(boolean securityIncident) {
        this.securityIncident = securityIncident;
    }
}
