package org.madoguchi.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.Violation;
import org.madoguchi.ticket.application.StatusTokens;
import org.madoguchi.ticket.application.TicketNumbers;
import org.madoguchi.ticket.domain.Actor;
import org.madoguchi.ticket.domain.AffectedSystem;
import org.madoguchi.ticket.domain.Channel;
import org.madoguchi.ticket.domain.PastResponse;
import org.madoguchi.ticket.domain.TextRules;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketDraft;
import org.madoguchi.ticket.persistence.TicketRepository;

/** Stores one imported record in a transaction of its own, so that a bad record spoils nothing else. */
@ApplicationScoped
public class HistoryImportWriter {

    public enum Outcome { CREATED, EXISTING }

    @PersistenceContext
    EntityManager em;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketNumbers numbers;
    @Inject
    Settings settings;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome write(ImportRecord record, Actor importer) {
        String externalId = record.get("external_id");
        List<Violation> violations = new ArrayList<>();
        if (externalId == null) {
            violations.add(Violation.of("external_id", "validation.required"));
        } else {
            TextRules.optionalText(violations, "external_id", externalId, 100, false);
        }
        TicketDraft draft = HistoryRecordMapping.draft(record, violations).normalised();
        Channel channel = HistoryRecordMapping.channel(record, violations);
        PastResponse past = HistoryRecordMapping.past(record, settings.zone(), violations);
        List<Violation> parsed = List.copyOf(violations);
        draft.violations(channel, false).stream()
                .filter(v -> parsed.stream().noneMatch(p -> p.field().equals(v.field()))).forEach(violations::add);
        past.violations().stream()
                .filter(v -> parsed.stream().noneMatch(p -> p.field().equals(v.field()))).forEach(violations::add);
        AffectedSystem system = null;
        if (draft.systemCode() != null) {
            system = tickets.systemByCode(draft.systemCode()).orElse(null);
            if (system == null) {
                violations.add(Violation.of("system", "validation.system.unknown", draft.systemCode()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (byExternalId(externalId)) {
            return Outcome.EXISTING;
        }
        Ticket ticket = Ticket.imported(externalId.strip(), numbers.next(past.receivedAt(), settings.zone()), draft,
                channel, system, StatusTokens.next(),
                past, importer, clock.instant());
        tickets.add(ticket);
        return Outcome.CREATED;
    }

    private boolean byExternalId(String externalId) {
        return !em.createQuery("select t.id from Ticket t where t.externalId = :e", Long.class)
                .setParameter("e", externalId.strip()).setMaxResults(1).getResultList().isEmpty();
    }
}
