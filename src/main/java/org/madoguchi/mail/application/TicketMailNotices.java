package org.madoguchi.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.madoguchi.account.application.AccountService;
import org.madoguchi.mail.domain.InboundMail;
import org.madoguchi.mail.domain.OutboxMail;
import org.madoguchi.mail.domain.TemplateText;
import org.madoguchi.mail.persistence.MailRepository;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.ticket.application.TicketNotice;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.persistence.TicketRepository;

/**
 * Turns ticket notices into outbox mails, in the transaction of the change: the mail exists exactly when the
 * change committed. Each mail carries the ticket tag and threading headers that point at the mails before it,
 * so the requester's client threads them and a reply finds its ticket.
 */
@ApplicationScoped
public class TicketMailNotices {

    @Inject
    TicketRepository tickets;
    @Inject
    MailRepository mails;
    @Inject
    AccountService accounts;
    @Inject
    MailSettings mailSettings;
    @Inject
    Settings settings;
    @Inject
    Clock clock;
    @Inject
    OutboxSender sender;
    @Inject
    MailTemplates templates;

    void write(@Observes TicketNotice notice) {
        Ticket ticket = tickets.byNumber(notice.number()).orElse(null);
        if (ticket == null) {
            return;
        }
        String lang = mailSettings.language();
        String recipient = ticket.getRequester() == null ? null : ticket.getRequester().email();
        String text = notice.message();
        String label = templates.label(lang, "status." + ticket.getStatus().name());
        String purpose = switch (notice.kind()) {
            case RECEIVED -> "received";
            case MESSAGE -> "message";
            case STATUS -> "status";
            case REOPENED -> "reopened";
            case ASSIGNED -> "assigned";
        };
        if (notice.kind() == TicketNotice.Kind.MESSAGE) {
            label = templates.label(lang, "kind." + notice.messageKind().name());
        }
        if (notice.kind() == TicketNotice.Kind.ASSIGNED) {
            recipient = accounts.byUsername(notice.assignee()).map(a -> a.getEmail()).orElse(null);
            text = ticket.getDescription();
        }
        if (recipient == null || recipient.isBlank() || recipient.equalsIgnoreCase(mailSettings.fromAddress())) {
            return;
        }
        String requester = ticket.getRequester() == null ? "" : ticket.getRequester().name();
        String link = settings.statusLink(settings.publicBaseUrl().orElse("http://localhost:8080"),
                ticket.getStatusToken());
        TemplateText rendered = templates.render(purpose, lang, Map.of("number", ticket.getNumber(),
                "subject", ticket.getSubject(), "requester", requester, "link", link, "text", text == null ? "" : text,
                "status", label));
        List<String> thread = thread(ticket.getNumber());
        mails.add(new OutboxMail(ticket.getNumber(), purpose, recipient.strip(), rendered.subject(), rendered.body(),
                newMessageId(ticket.getNumber()), thread.isEmpty() ? null : thread.get(thread.size() - 1),
                thread.isEmpty() ? null : String.join(" ", thread), clock.instant()));
    }

    /** After the commit: deliver at once rather than at the next round of the sender. */
    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketNotice notice) {
        sender.nudge();
    }

    /** The Message-IDs of the ticket's mails so far, oldest first: the References of the next one. */
    private List<String> thread(String number) {
        List<String> ids = new ArrayList<>();
        for (InboundMail in : mails.inboundOfTicket(number)) {
            ids.add(in.getMessageId());
        }
        for (OutboxMail out : mails.outboxOfTicket(number)) {
            ids.add(out.getMessageId());
        }
        return ids.size() > 20 ? ids.subList(ids.size() - 20, ids.size()) : ids;
    }

    private String newMessageId(String number) {
        String from = mailSettings.fromAddress();
        String domain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "madoguchi.invalid";
        return "<" + number + "." + UUID.randomUUID() + "@" + domain + ">";
    }
}
