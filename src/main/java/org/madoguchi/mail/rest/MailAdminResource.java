package org.madoguchi.mail.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.mail.application.MailboxReader;
import org.madoguchi.mail.application.OutboxRows;
import org.madoguchi.mail.application.OutboxSender;
import org.madoguchi.mail.application.Quarantine;
import org.madoguchi.platform.error.NotFoundException;

/**
 * {@code /api/v1/admin/mail}: read the mailboxes or send the outbox now (instead of at the next round), see the
 * mails that did not go out and the quarantined ones, retry them. Administrators only.
 */
@Path("/v1/admin/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailAdminResource {

    public record OutboxOut(long id, String ticket, String purpose, String recipient, String subject, String status,
                            int attempts, Instant nextAttemptAt, String lastError) {
    }

    public record QuarantineOut(long id, String mailbox, String messageId, String sender, String subject,
                                String reason, Instant receivedAt) {
    }

    public record SentOut(int sent) {
    }

    @Inject
    CurrentUser currentUser;
    @Inject
    MailboxReader reader;
    @Inject
    OutboxSender sender;
    @Inject
    OutboxRows outbox;
    @Inject
    Quarantine quarantine;

    @POST
    @Path("fetch")
    public MailboxReader.Round fetch() {
        currentUser.require(Permission.CONFIGURE);
        return reader.readAll();
    }

    @POST
    @Path("outbox/send")
    public SentOut send() {
        currentUser.require(Permission.CONFIGURE);
        return new SentOut(sender.sendDue());
    }

    @GET
    @Path("outbox")
    public List<OutboxOut> notSent() {
        currentUser.require(Permission.CONFIGURE);
        return outbox.notSent(200).stream().map(m -> new OutboxOut(m.getId(), m.getTicketNumber(), m.getPurpose(),
                m.getRecipient(), m.getSubject(), m.getStatus().name(), m.getAttempts(), m.getNextAttemptAt(),
                m.getLastError())).toList();
    }

    @POST
    @Path("outbox/{id}/retry")
    public SentOut retry(@PathParam("id") long id) {
        currentUser.require(Permission.CONFIGURE);
        if (!outbox.retry(id, Instant.now())) {
            throw new NotFoundException("No outbox mail " + id);
        }
        return new SentOut(sender.sendDue());
    }

    @GET
    @Path("quarantine")
    public List<QuarantineOut> quarantined() {
        currentUser.require(Permission.CONFIGURE);
        return quarantine.list().stream().map(m -> new QuarantineOut(m.getId(), m.getMailbox(), m.getMessageId(),
                m.getSender(), m.getSubject(), m.getReason(), m.getReceivedAt())).toList();
    }

    /** Reads a quarantined mail again (after a fix or a raised limit). */
    @POST
    @Path("quarantine/{id}/retry")
    public Quarantine.Retried retryQuarantined(@PathParam("id") long id) {
        currentUser.require(Permission.CONFIGURE);
        return quarantine.retry(id);
    }

    public record TicketOut(String number) {
    }

    /** Opens a ticket from a quarantined mail; subject and requester default to what the mail says. */
    @POST
    @Path("quarantine/{id}/ticket")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketOut openAsTicket(@PathParam("id") long id, Quarantine.ByHand given) {
        currentUser.require(Permission.CONFIGURE);
        return new TicketOut(quarantine.openAsTicket(id, given == null ? new Quarantine.ByHand(null, null, null) : given));
    }
}
