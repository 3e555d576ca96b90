package org.madoguchi.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.madoguchi.mail.domain.EncodedWords;
import org.madoguchi.mail.domain.InboundMail;
import org.madoguchi.mail.domain.MailParser;
import org.madoguchi.mail.domain.MalformedMailException;
import org.madoguchi.mail.domain.OutboxMail;
import org.madoguchi.mail.domain.ParsedMail;
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

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^<>\\s]{3,240}>)");

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
        String original = files.keepOriginal(raw);
        ParsedMail mail;
        try {
            mail = MailParser.parse(raw);
        } catch (MalformedMailException e) {
            String id = rawMessageId(raw).orElse("<" + original.replaceAll(".*/", "") + "@unreadable.madoguchi.invalid>");
            if (mails.seen(id)) {
                return new Result(null, null, null, true);
            }
            // what can be read of it, so that an administrator recognises the mail in the quarantine list
            String sender = rawHeader(raw, "From").orElse(null);
            String subject = rawHeader(raw, "Subject").map(EncodedWords::decode).orElse(null);
            return record(mailbox, id, sender, subject, InboundMail.Outcome.QUARANTINED, null, e.getMessage(), original,
                    now);
        }
        if (mails.seen(mail.messageId())) {
            return new Result(null, null, null, true);
        }
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
        String original = files.keepOriginal(raw);
        String id = rawMessageId(raw).orElse("<" + original.replaceAll(".*/", "") + "@unreadable.madoguchi.invalid>");
        if (mails.seen(id)) {
            return new Result(null, null, null, true);
        }
        return record(mailbox, id, rawHeader(raw, "From").orElse(null),
                rawHeader(raw, "Subject").map(EncodedWords::decode).orElse(null), InboundMail.Outcome.QUARANTINED,
                null, reason, original, clock.instant());
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

    private static Optional<String> rawMessageId(byte[] raw) {
        Matcher m = MESSAGE_ID.matcher(head(raw));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A header line of a mail that did not parse, read as plainly as possible. */
    private static Optional<String> rawHeader(byte[] raw, String name) {
        Matcher m = Pattern.compile("(?im)^" + name + ":[ \\t]*(.{1,400})$").matcher(head(raw));
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static String head(byte[] raw) {
        String head = new String(raw, 0, Math.min(raw.length, 64 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        return end < 0 ? head : head.substring(0, end);
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
