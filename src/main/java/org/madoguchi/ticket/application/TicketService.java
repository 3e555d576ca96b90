package org.madoguchi.ticket.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.madoguchi.account.application.AccountService;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Account;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.NotFoundException;
import org.madoguchi.platform.error.Violation;
import org.madoguchi.ticket.domain.Actor;
import org.madoguchi.ticket.domain.AffectedSystem;
import org.madoguchi.ticket.domain.Channel;
import org.madoguchi.ticket.domain.Level;
import org.madoguchi.ticket.domain.MessageKind;
import org.madoguchi.ticket.domain.Priority;
import org.madoguchi.ticket.domain.TextRules;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketDraft;
import org.madoguchi.ticket.domain.TicketNumber;
import org.madoguchi.ticket.domain.TicketStatus;
import org.madoguchi.ticket.domain.TicketType;
import org.madoguchi.ticket.persistence.TicketRepository;

/**
 * Opening tickets from every channel and the agent's work on them. Each method is one transaction and
 * checks the caller's permission first; the rules themselves live in {@link Ticket}.
 */
@ApplicationScoped
public class TicketService {

    @Inject
    TicketRepository tickets;
    @Inject
    TicketNumbers numbers;
    @Inject
    CurrentUser currentUser;
    @Inject
    AccountService accounts;
    @Inject
    CurrentAgent currentAgent;
    @Inject
    Settings settings;
    @Inject
    Clock clock;
    @Inject
    Event<TicketNotice> notices;

    /**
     * Opens a ticket. Web, e-mail and API intake are open to anyone; a phone call is logged by an agent.
     * Every broken rule is reported at once and nothing is stored.
     */
    @Transactional
    public Ticket open(TicketDraft input, Channel channel) {
        return open(input, channel, List.of());
    }

    /** As {@link #open(TicketDraft, Channel)}, reporting also what the caller found while reading its input. */
    @Transactional
    public Ticket open(TicketDraft input, Channel channel, List<Violation> foundByCaller) {
        if (channel == Channel.PHONE) {
            currentUser.require(Permission.WORK_TICKETS);
        }
        TicketDraft draft = input.normalised();
        List<Violation> violations = new ArrayList<>(foundByCaller);
        draft.violations(channel).stream()
                .filter(v -> foundByCaller.stream().noneMatch(f -> f.field().equals(v.field())))
                .forEach(violations::add);
        AffectedSystem system = null;
        if (draft.systemCode() != null) {
            system = tickets.systemByCode(draft.systemCode()).filter(AffectedSystem::isActive).orElse(null);
            if (system == null) {
                violations.add(Violation.of("system", "validation.system.unknown", draft.systemCode()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.instant();
        Actor actor = channel == Channel.PHONE ? agent() : Actor.requester(draft.requesterName());
        TicketNumber number = numbers.next(now, settings.zone());
        Ticket ticket = Ticket.open(number, draft, channel, system, StatusTokens.next(), actor, now);
        tickets.add(ticket);
        notices.fire(TicketNotice.of(TicketNotice.Kind.RECEIVED, ticket.getNumber()));
        return ticket;
    }

    /** The whole ticket for the console, with messages and history loaded. */
    @Transactional
    public Ticket get(String number) {
        currentUser.require(Permission.VIEW_TICKETS);
        return loaded(find(number));
    }

    /** What the requester sees through the private status link: never internal notes. */
    @Transactional
    public Ticket forRequester(String token) {
        if (token == null || token.length() < 20 || token.length() > 64) {
            throw new NotFoundException("No ticket for this link");
        }
        Ticket ticket = tickets.byStatusToken(token).orElseThrow(() -> new NotFoundException("No ticket for this link"));
        ticket.getMessages().size();
        if (ticket.getSystem() != null) {
            ticket.getSystem().getCode();
        }
        return ticket;
    }

    @Transactional
    public Ticket addMessage(String number, MessageKind kind, String body) {
        currentUser.require(Permission.WORK_TICKETS);
        String text = TextRules.normalise(body);
        List<Violation> violations = new ArrayList<>();
        TextRules.requireText(violations, "body", text, TextRules.BODY_MAX, true);
        if (kind == null || kind == MessageKind.REQUESTER) {
            violations.add(Violation.of("kind", "validation.messageKind"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Ticket ticket = find(number);
        TicketStatus before = ticket.getStatus();
        ticket.addMessage(kind, text, agent(), clock.instant());
        if (kind.isVisibleToRequester()) {
            notices.fire(new TicketNotice(TicketNotice.Kind.MESSAGE, number, kind, text, null));
        }
        if (before.isReopenTo(ticket.getStatus())) {
            notices.fire(TicketNotice.of(TicketNotice.Kind.REOPENED, number));
        }
        return loaded(ticket);
    }

    @Transactional
    public Ticket changeStatus(String number, TicketStatus target) {
        currentUser.require(Permission.WORK_TICKETS);
        Ticket ticket = find(number);
        if (ticket.getStatus() == TicketStatus.CLOSED && target != ticket.getStatus()) {
            currentUser.require(Permission.REOPEN_CLOSED);
        }
        TicketStatus before = ticket.getStatus();
        ticket.changeStatus(target, agent(), clock.instant());
        if (before != target) {
            if (before.isReopenTo(target)) {
                notices.fire(TicketNotice.of(TicketNotice.Kind.REOPENED, number));
            } else if (target == TicketStatus.ANSWERED || target == TicketStatus.CLOSED) {
                notices.fire(TicketNotice.of(TicketNotice.Kind.STATUS, number));
            }
        }
        return loaded(ticket);
    }

    /**
     * Assigns the ticket. Anyone who works tickets may take an unassigned ticket (or give up their own);
     * giving it to somebody else, or taking it from somebody, is a manager's reassignment.
     */
    @Transactional
    public Ticket assign(String number, String username) {
        currentUser.require(Permission.WORK_TICKETS);
        Ticket ticket = find(number);
        Account target = null;
        if (username != null && !username.isBlank()) {
            target = accounts.byUsername(username).filter(a -> a.isEnabled() && a.has(Permission.WORK_TICKETS))
                    .orElseThrow(() -> new InvalidInputException(Violation.of("assignee", "validation.assignee.unknown")));
        }
        String me = currentUser.username().orElseThrow();
        boolean fromNobodyOrMe = ticket.getAssignee() == null || ticket.getAssignee().getUsername().equals(me);
        boolean toMeOrNobody = target == null || target.getUsername().equals(me);
        if (!(fromNobodyOrMe && toMeOrNobody)) {
            currentUser.require(Permission.REASSIGN);
        }
        ticket.assignTo(target, agent(), clock.instant());
        if (target != null && !target.getUsername().equals(me)) {
            notices.fire(new TicketNotice(TicketNotice.Kind.ASSIGNED, number, null, null, target.getUsername()));
        }
        return loaded(ticket);
    }

    @Transactional
    public Ticket assess(String number, Level impact,
                         Level urgency) {
        currentUser.require(Permission.WORK_TICKETS);
        required(Violation.of("impact", "validation.required"), impact);
        required(Violation.of("urgency", "validation.required"), urgency);
        Ticket ticket = find(number);
        ticket.assess(impact, urgency, agent(), clock.instant());
        return loaded(ticket);
    }

    @Transactional
    public Ticket overridePriority(String number, Priority priority) {
        currentUser.require(Permission.OVERRIDE_PRIORITY);
        required(Violation.of("priority", "validation.required"), priority);
        Ticket ticket = find(number);
        ticket.overridePriority(priority, agent(), clock.instant());
        return loaded(ticket);
    }

    @Transactional
    public Ticket reclassify(String number, TicketType type, String systemCode,
                             boolean securityIncident) {
        currentUser.require(Permission.WORK_TICKETS);
        required(Violation.of("type", "validation.required"), type);
        Ticket ticket = find(number);
        AffectedSystem system = systemCode == null || systemCode.isBlank() ? null
                : tickets.systemByCode(systemCode).orElseThrow(() -> new InvalidInputException(
                        Violation.of("system", "validation.system.unknown", systemCode)));
        ticket.reclassify(type, system, securityIncident, agent(), clock.instant());
        return loaded(ticket);
    }

    /** Several changes at once (the API's PATCH): all of them are applied, or none. */
    @Transactional
    public Ticket update(String number, TicketChanges changes) {
        currentUser.require(Permission.WORK_TICKETS);
        if (changes.assigneeGiven()) {
            assign(number, changes.assignee());
        }
        if (changes.priority() != null) {
            overridePriority(number, changes.priority());
        }
        if (changes.status() != null) {
            changeStatus(number, changes.status());
        }
        return loaded(find(number));
    }

    /** A value a form always sends: missing only from a post made by hand, which gets an answer, not a failure. */
    private static void required(Violation ifMissing, Object value) {
        if (value == null) {
            throw new InvalidInputException(ifMissing);
        }
    }

    private Ticket find(String number) {
        return tickets.byNumber(number).orElseThrow(() -> new NotFoundException("No ticket " + number));
    }

    private static Ticket loaded(Ticket ticket) {
        ticket.getMessages().size();
        ticket.getEvents().size();
        if (ticket.getAssignee() != null) {
            ticket.getAssignee().getDisplayName();
        }
        if (ticket.getSystem() != null) {
            ticket.getSystem().getCode();
        }
        return ticket;
    }

    private Actor agent() {
        return currentAgent.actor();
    }
}
