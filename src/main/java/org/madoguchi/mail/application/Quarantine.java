package org.madoguchi.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.madoguchi.mail.domain.InboundMail;
import org.madoguchi.mail.domain.RawMail;
import org.madoguchi.mail.persistence.MailRepository;
import org.madoguchi.platform.error.NotFoundException;
import org.madoguchi.ticket.application.TicketService;
import org.madoguchi.ticket.domain.Channel;

/** Mails that could not be taken in, kept with their reason and original for an administrator. */
@ApplicationScoped
public class Quarantine {

    /** The outcome of reading a quarantined mail again. */
    public record Retried(String outcome, String ticketNumber, String reason) {
    }

    @Inject
    MailRepository mails;
    @Inject
    MailFiles files;
    @Inject
    MailIntake intake;
    @Inject
    MailSettings settings;
    @Inject
    TicketService tickets;
    @PersistenceContext
    EntityManager em;

    /** What an administrator gives (or accepts from the mail) to open a ticket from a quarantined mail. */
    public record ByHand(String subject, String requesterName, String requesterEmail) {
    }

    @Transactional
    public List<InboundMail> list() {
        return mails.quarantined(200);
    }

    /**
     * Reads the kept original again, as if it had just arrived: the quarantine entry makes way for the new
     * outcome in the same transaction, so a failure leaves it where it was.
     */
    @Transactional
    public Retried retry(long id) {
        InboundMail entry = mails.inbound(id).filter(m -> m.getOutcome() == InboundMail.Outcome.QUARANTINED)
                .orElseThrow(() -> new NotFoundException("No quarantined mail " + id));
        byte[] raw = files.readOriginal(entry.getRawFile());
        MailSettings.Mailbox mailbox = settings.mailboxes().stream().filter(m -> m.name().equals(entry.getMailbox()))
                .findFirst().orElse(new MailSettings.Mailbox(entry.getMailbox(), "imap", "", 0, null, null, "INBOX",
                        null, null, settings.followUpForClosed(), null));
        em.remove(entry);
        em.flush();
        MailIntake.Result result = intake.receive(mailbox, raw);
        return new Retried(result.outcome() == null ? "DUPLICATE" : result.outcome().name(), result.ticketNumber(),
                result.reason());
    }

    /**
     * Opens a ticket from a quarantined mail by hand: its text as well as it can be read, the subject and sender
     * from the mail unless the administrator gives them. The entry is marked resolved with the new number.
     */
    @Transactional
    public String openAsTicket(long id, ByHand given) {
        InboundMail entry = mails.inbound(id).filter(m -> m.getOutcome() == InboundMail.Outcome.QUARANTINED)
                .orElseThrow(() -> new NotFoundException("No quarantined mail " + id));
        byte[] raw = files.readOriginal(entry.getRawFile());
        String email = blankToNull(given.requesterEmail()) != null ? given.requesterEmail().strip()
                : RawMail.address(entry.getSender());
        String name = blankToNull(given.requesterName()) != null ? given.requesterName().strip()
                : email != null ? email : "(unknown sender)";
        String subject = blankToNull(given.subject()) != null ? given.subject().strip() : entry.getSubject();
        var ticket = tickets.open(MailDrafts.byHand(subject == null ? "" : subject, RawMail.text(raw), name, email),
                Channel.EMAIL);
        entry.resolved(ticket.getNumber(), "opened by hand; was: " + entry.getReason());
        return ticket.getNumber();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
