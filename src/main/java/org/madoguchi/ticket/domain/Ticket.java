package org.madoguchi.ticket.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.type.NumericBooleanConverter;
import org.madoguchi.account.domain.Account;
import org.madoguchi.platform.error.RuleViolationException;

/**
 * An inquiry, incident or service request and everything the contract asks to record about it. The ticket
 * guards its own workflow and writes a {@link TicketEvent} for every change, so its history is complete.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "ticket_no", nullable = false, unique = true, updatable = false, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "ticket_type", nullable = false, length = 20)
    private TicketType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TicketStatus status;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(name = "security_incident", nullable = false)
    private boolean securityIncident;

    @Column(nullable = false, length = 200)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String description;

    @Lob
    private String answer;

    @Embedded
    private Contact requester;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "system_id")
    private AffectedSystem system;

    @Embedded
    private Assessment assessment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Account assignee;

    @Column(name = "status_token", nullable = false, unique = true, updatable = false, length = 64)
    private String statusToken;

    @Embedded
    private ResponseTimes times;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Wordings of later inquiries that agents linked to this ticket: it is found by them too. */
    @Lob
    @Column(name = "asked_as")
    private String askedAs;

    /** The id in the system this ticket was imported from; null for tickets received here. */
    @Column(name = "external_id", length = 100, updatable = false)
    private String externalId;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt ASC, id ASC")
    private List<TicketMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt ASC, id ASC")
    private List<TicketEvent> events = new ArrayList<>();

    protected Ticket() {
    }

    /** Opens a ticket from a validated, normalised draft. */
    public static Ticket open(TicketNumber number, TicketDraft draft, Channel channel, AffectedSystem system,
                              String statusToken, Actor actor, Instant receivedAt) {
        Ticket t = new Ticket();
        t.number = number.toString();
        t.type = Objects.requireNonNull(draft.type());
        t.channel = channel;
        t.status = TicketStatus.NEW;
        t.subject = draft.subject();
        t.description = draft.description();
        t.requester = draft.contact();
        t.system = system;
        t.assessment = Assessment.of(draft.impact(), draft.urgency());
        t.securityIncident = draft.securityIncident() && draft.type() == TicketType.INCIDENT;
        t.statusToken = statusToken;
        t.times = ResponseTimes.receivedAt(receivedAt);
        t.updatedAt = receivedAt;
        t.record(TicketEvent.CREATED, null, channel.name(), actor, receivedAt);
        return t;
    }

    /**
     * A finished or open case from the previous system, kept with its own times, status and answer. The
     * import is one history entry: the old system's own history is not replayed.
     */
    public static Ticket imported(String externalId, TicketNumber number, TicketDraft draft, Channel channel,
                                  AffectedSystem system, String statusToken, PastResponse past, Actor importer,
                                  Instant importedAt) {
        Ticket t = open(number, draft, channel, system, statusToken, importer, past.receivedAt());
        t.events.clear();
        t.externalId = externalId;
        t.status = past.status();
        t.answer = past.answer();
        t.times = ResponseTimes.of(past);
        t.updatedAt = past.latest();
        t.record("imported", null, externalId, importer, importedAt);
        return t;
    }

    // --- workflow -------------------------------------------------------------------------------------

    /** Moves the ticket along its workflow; refuses a move the workflow does not allow. */
    public void changeStatus(TicketStatus target, Actor actor, Instant at) {
        if (target == status) {
            return;
        }
        if (!status.canMoveTo(target)) {
            throw new RuleViolationException("ticket.invalidTransition", status, target);
        }
        if (target == TicketStatus.ANSWERED && answer == null) {
            answer = lastResponse().orElseThrow(() -> new RuleViolationException("ticket.answerRequired"));
            record("answer", null, answer, actor, at);
        }
        if (status.isReopenTo(target)) {
            // the old answer did not settle it: the next answer replaces it (the history keeps both)
            record("answer", answer, null, actor, at);
            answer = null;
            times.reopened();
        }
        if (target == TicketStatus.ANSWERED) {
            times.answered(at);
        }
        if (target == TicketStatus.CLOSED) {
            times.closed(at);
        }
        record("status", status.name(), target.name(), actor, at);
        status = target;
    }

    private Optional<String> lastResponse() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            TicketMessage m = messages.get(i);
            if (m.getKind() == MessageKind.REPLY || m.getKind() == MessageKind.ANSWER) {
                return Optional.of(m.getBody());
            }
        }
        return Optional.empty();
    }

    // --- messages -------------------------------------------------------------------------------------

    /** Adds a message; a public one from the desk is the first response if none came before. */
    public TicketMessage addMessage(MessageKind kind, String body, Actor author, Instant at) {
        if (kind == MessageKind.ANSWER) {
            return answer(body, author, at);
        }
        TicketMessage message = new TicketMessage(this, kind, body, author, at);
        messages.add(message);
        if (kind.isResponse()) {
            respondedAt(author, at);
            if (status == TicketStatus.NEW) {
                changeStatus(TicketStatus.IN_PROGRESS, author, at);
            }
        }
        updatedAt = at;
        return message;
    }

    /**
     * A message from the requester (a mail reply): the desk has work again, so a ticket waiting for the requester
     * goes back in progress and an answered or closed one is reopened. Returns whether it was reopened.
     */
    public boolean receiveFromRequester(String body, Actor requesterActor, Instant at) {
        messages.add(new TicketMessage(this, MessageKind.REQUESTER, body, requesterActor, at));
        updatedAt = at;
        boolean reopen = status.isReopenTo(TicketStatus.IN_PROGRESS);
        if (status == TicketStatus.WAITING || reopen) {
            changeStatus(TicketStatus.IN_PROGRESS, requesterActor, at);
        }
        return reopen;
    }

    /** Sends the answer to the requester, records it as the ticket's answer and marks the ticket answered. */
    public TicketMessage answer(String body, Actor author, Instant at) {
        if (!status.canMoveTo(TicketStatus.ANSWERED)) {
            throw new RuleViolationException("ticket.invalidTransition", status, TicketStatus.ANSWERED);
        }
        TicketMessage message = new TicketMessage(this, MessageKind.ANSWER, body, author, at);
        messages.add(message);
        respondedAt(author, at);
        record("answer", answer, body, author, at);
        answer = body;
        changeStatus(TicketStatus.ANSWERED, author, at);
        updatedAt = at;
        return message;
    }

    private void respondedAt(Actor author, Instant at) {
        if (times.responded(at)) {
            record("firstResponseAt", null, at.toString(), author, at);
        }
    }

    // --- triage ---

    /**
     * Another inquiry was confirmed to be this same issue: remember how it was worded, so that the next
     * inquiry worded that way finds this ticket. Words this ticket was itself asked in teach it nothing.
     */
    public void learnWording(String inquiryNumber, String wording, Actor actor, Instant at) {
        if (!wording.equals(subject + "\n" + description)) {
            askedAs = LearntWordings.add(askedAs, wording);
        }
        record("askedAs", null, inquiryNumber, actor, at);
    }

    /**
     * An inquiry linked here was decided otherwise (another case, or a new issue): its wording no longer finds this
     * ticket, unless {@code stillAskedSo}, when another inquiry still linked here was worded the same.
     */
    public void unlearnWording(String inquiryNumber, String wording, boolean stillAskedSo, Actor actor, Instant at) {
        if (!stillAskedSo) {
            askedAs = LearntWordings.remove(askedAs, wording);
        }
        record("askedAs", inquiryNumber, null, actor, at);
    }

    /**
     * Records the agent's triage decision in the history ("known: 2026-000012" or "new"). A decision recorded
     * afterwards, as an imported history's, leaves the time of the latest change as it is.
     */
    public void noteTriage(String summary, Actor actor, Instant at) {
        record("triage", null, summary, actor, at);
        updatedAt = at.isAfter(updatedAt) ? at : updatedAt;
    }

    // --- fields ---------------------------------------------------------------------------------------

    public void assignTo(Account account, Actor actor, Instant at) {
        if (Objects.equals(account, assignee)) {
            return;
        }
        record(TicketEvent.ASSIGNEE, assignee == null ? null : assignee.getUsername(),
                account == null ? null : account.getUsername(), actor, at);
        assignee = account;
        updatedAt = at;
    }

    /** Re-derives the priority from impact and urgency, unless a manager has overridden it. */
    public void assess(Level newImpact, Level newUrgency, Actor actor, Instant at) {
        reassess(assessment.reassessed(newImpact, newUrgency), actor, at);
    }

    /** An exception to the matrix, decided by a manager; kept until explicitly reset. */
    public void overridePriority(Priority newPriority, Actor actor, Instant at) {
        reassess(assessment.withPriority(newPriority), actor, at);
    }

    private void reassess(Assessment next, Actor actor, Instant at) {
        assessment.changesTo(next).forEach(change -> record(change.field(), change.from(), change.to(), actor, at));
        assessment = next;
        updatedAt = at;
    }

    public void reclassify(TicketType newType, AffectedSystem newSystem, boolean newSecurityIncident,
                           Actor actor, Instant at) {
        if (newType != type) {
            record("type", type.name(), newType.name(), actor, at);
            type = newType;
        }
        if (!Objects.equals(codeOf(newSystem), codeOf(system))) {
            record("system", codeOf(system), codeOf(newSystem), actor, at);
            system = newSystem;
        }
        boolean flag = newSecurityIncident && type == TicketType.INCIDENT;
        if (flag != securityIncident) {
            record("securityIncident", String.valueOf(securityIncident), String.valueOf(flag), actor, at);
            securityIncident = flag;
        }
        updatedAt = at;
    }

    private static String codeOf(AffectedSystem s) {
        return s == null ? null : s.getCode();
    }

    private void record(String field, String oldValue, String newValue, Actor actor, Instant at) {
        events.add(new TicketEvent(this, field, oldValue, newValue, actor, at));
    }

    // --- reading --------------------------------------------------------------------------------------

    public List<TicketMessage> messagesForRequester() {
        return messages.stream().filter(TicketMessage::isVisibleToRequester).toList();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public TicketType getType() {
        return type;
    }

    public Channel getChannel() {
        return channel;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public boolean isSecurityIncident() {
        return securityIncident;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public String getAnswer() {
        return answer;
    }

    public Contact getRequester() {
        return requester;
    }

    public AffectedSystem getSystem() {
        return system;
    }

    public Level getImpact() {
        return assessment.impact();
    }

    public Level getUrgency() {
        return assessment.urgency();
    }

    public Priority getPriority() {
        return assessment.priority();
    }

    public boolean isPriorityOverridden() {
        return assessment.priorityOverridden();
    }

    public Account getAssignee() {
        return assignee;
    }

    public String getStatusToken() {
        return statusToken;
    }

    public ResponseTimes getTimes() {
        return times;
    }

    public Instant getReceivedAt() {
        return times.receivedAt();
    }

    public Instant getFirstResponseAt() {
        return times.firstResponseAt();
    }

    public Instant getAnsweredAt() {
        return times.answeredAt();
    }

    public Instant getClosedAt() {
        return times.closedAt();
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getReopenCount() {
        return times.reopenCount();
    }

    public String getAskedAs() {
        return askedAs;
    }

    public String getExternalId() {
        return externalId;
    }

    public List<TicketMessage> getMessages() {
        return Collections.unmodifiableList(messages);
    }

    public List<TicketEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
