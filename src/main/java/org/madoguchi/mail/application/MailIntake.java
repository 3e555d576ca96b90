package org.madoguchi.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.madoguchi.mail.domain.EncodedWords;
import org.madoguchi.mail.domain.InboundMail;
import org.madoguchi.mail.domain.MailParser;
import org.madoguchi.mail.domain.MalformedMailException;
import org.madoguchi.mail.domain.OutboxMail;
import org.madoguchi.mail.domain.ParsedMail;
import org.madoguchi.mail.domain.RawMail;
import org.madoguchi.mail.persistence.MailRepository;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.ticket.application.RequesterMessages;
import org.madoguchi.ticket.application.TicketService;
import org.madoguchi.ticket.domain.Channel;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketDraft;
import org.madoguchi.ticket.domain.TicketStatus;
import org.madoguchi.ticket.domain.TicketType;

/**
 * One mail into the desk, in one transaction: recorded by its Message-ID (a mail seen before is left alone),
 * then ignored (automatic mail, the desk's own), quarantined (unreadable, or a sender over the rate limit),
 * appended to the ticket it answers, or opened as a new ticket. The caller marks the mail processed only after
 * this commits.
 */
@ApplicationScoped
public class MailIntake {

    /** What became of a mail. {@code duplicate}: it had been handled before. */
    public record Result(InboundMail.Outcome outcome, String ticketNumber, String reason, boolean duplicate) {
    }

    @Inject
    MailRepository mails;
    @Inject
    MailFiles files;
    @Inject
    MailAttachments attachments;
    @Inject
    ThreadMatcher matcher;
    @Inject
    TicketService ticketService;
    @Inject
    RequesterMessages requesterMessages;
    @Inject
    MailSettings settings;
    @Inject
    Clock clock;

    @Transactional
    public Result receive(MailSettings.Mailbox mailbox, byte[] raw) {
        Instant now = clock.instant();
        ParsedMail mail;
        try {
            mail = MailParser.parse(raw);
        } catch (MalformedMailException e) {
            return quarantineRaw(mailbox, raw, e.getMessage(), now);
        }
        if (mails.seen(mail.messageId())) {
            return new Result(null, null, null, true);
        }
        String original = files.keepOriginal(raw);
        if (mail.kind() != ParsedMail.Kind.PERSON) {
            return record(mailbox, mail, InboundMail.Outcome.IGNORED, null, mail.kindReason(), original, now);
        }
        if (mail.fromAddress().equalsIgnoreCase(settings.fromAddress())) {
            return record(mailbox, mail, InboundMail.Outcome.IGNORED, null, "sent by the desk's own address", original, now);
        }
        if (mails.fromSenderSince(mail.fromAddress(), now.minus(Duration.ofHours(1))) >= settings.maxMailsPerSenderPerHour()) {
            return record(mailbox, mail, InboundMail.Outcome.QUARANTINED, null, "more than "
                    + settings.maxMailsPerSenderPerHour() + " mails from this sender in an hour", original, now);
        }
        try {
            Optional<RequesterMessages.Participants> thread = matcher.ticketOf(mail);
            String note = attachments.note(mail);
            if (thread.isPresent() && !(thread.get().status() == TicketStatus.CLOSED && mailbox.followUpForClosed())) {
                String number = thread.get().number();
                requesterMessages.append(number, MailDrafts.withNote(mail.text(), note), mail.fromName());
                attachments.store(number, mail);
                return record(mailbox, mail, InboundMail.Outcome.APPENDED, number, null, original, now);
            }
            String followed = thread.map(RequesterMessages.Participants::number).orElse(null);
            TicketDraft draft = MailDrafts.draft(mail, typeOf(mailbox), mailbox.defaultSystem(), followed, note);
            // checked here, not left to open(): its refusal would mark this transaction for rollback, and the
            // quarantine record would silently vanish with it
            var violations = draft.normalised().violations(Channel.EMAIL);
            if (!violations.isEmpty()) {
                return record(mailbox, mail, InboundMail.Outcome.QUARANTINED, null,
                        "cannot open a ticket: " + violations, original, now);
            }
            Ticket ticket = ticketService.open(draft, Channel.EMAIL);
            attachments.store(ticket.getNumber(), mail);
            for (OutboxMail ack : mails.outboxOfTicket(ticket.getNumber())) {
                ack.threadUnder(mail.messageId());
            }
            return record(mailbox, mail, followed == null ? InboundMail.Outcome.OPENED : InboundMail.Outcome.FOLLOW_UP,
                    ticket.getNumber(), followed == null ? null : "reply to closed ticket " + followed, original, now);
        } catch (InvalidInputException e) {
            // e.g. the mailbox's default system was retired: the transaction is lost, so is nothing else; the
            // reader leaves the mail unmarked and logs why
            throw new IllegalStateException("cannot open a ticket from " + mail.messageId() + ": " + e.violations(), e);
        }
    }

    /**
     * Quarantines a mail that failed to be taken in again and again (a mail that breaks the intake must not block
     * the mailbox, nor be dropped): kept with the last error, for an administrator.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result quarantine(MailSettings.Mailbox mailbox, byte[] raw, String reason) {
        return quarantineRaw(mailbox, raw, reason, clock.instant());
    }

    /** Keeps a mail that cannot be taken in, with what can be read of it so that an administrator recognises it. */
    private Result quarantineRaw(MailSettings.Mailbox mailbox, byte[] raw, String reason, Instant now) {
        String id = RawMail.messageId(raw);
        if (mails.seen(id)) {
            return new Result(null, null, null, true);
        }
        return record(mailbox, id, RawMail.header(raw, "From").orElse(null),
                RawMail.header(raw, "Subject").map(EncodedWords::decode).orElse(null), InboundMail.Outcome.QUARANTINED,
                null, reason, files.keepOriginal(raw), now);
    }

    private Result record(MailSettings.Mailbox mailbox, ParsedMail mail, InboundMail.Outcome outcome, String number,
                          String reason, String original, Instant now) {
        return record(mailbox, mail.messageId(), mail.fromAddress(), mail.subject(), outcome, number, reason, original, now);
    }

    private Result record(MailSettings.Mailbox mailbox, String messageId, String sender, String subject,
                          InboundMail.Outcome outcome, String number, String reason, String original, Instant now) {
        mails.add(new InboundMail(mailbox.name(), messageId, sender, subject, outcome, number, reason, original, now));
        return new Result(outcome, number, reason, false);
    }

    /** The type of a new ticket from this mailbox. */
    static TicketType typeOf(MailSettings.Mailbox mailbox) {
        try {
            return mailbox.defaultType() == null ? TicketType.INQUIRY : TicketType.valueOf(mailbox.defaultType().strip());
        } catch (IllegalArgumentException e) {
            return TicketType.INQUIRY;
        }
    }
}
