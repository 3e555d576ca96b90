package org.madoguchi.mail.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.mail.application.MailboxReader;
import org.madoguchi.mail.application.OutboxRows;
import org.madoguchi.mail.application.OutboxSender;
import org.madoguchi.mail.application.Quarantine;
import org.madoguchi.mail.domain.InboundMail;
import org.madoguchi.mail.domain.OutboxMail;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.web.Feedback;

/**
 * Console page for administrators: mails that did not go out (with attempts and the last error) and mails that
 * could not be taken in (with the reason), each with a retry; and reading or sending now.
 */
@Named
@RequestScoped
public class MailDeskView {

    @Inject
    CurrentUser currentUser;
    @Inject
    OutboxRows outbox;
    @Inject
    OutboxSender sender;
    @Inject
    MailboxReader reader;
    @Inject
    Quarantine quarantine;
    @Inject
    Clock clock;

    private List<OutboxMail> notSent;
    private List<InboundMail> quarantined;

    public List<OutboxMail> getNotSent() {
        currentUser.require(Permission.CONFIGURE);
        if (notSent == null) {
            notSent = outbox.notSent(200);
        }
        return notSent;
    }

    public List<InboundMail> getQuarantined() {
        currentUser.require(Permission.CONFIGURE);
        if (quarantined == null) {
            quarantined = quarantine.list();
        }
        return quarantined;
    }

    public String readNow() {
        currentUser.require(Permission.CONFIGURE);
        MailboxReader.Round round = reader.readAll();
        Feedback.infoAfterRedirect("mail.read.done", round.read(), round.opened(), round.appended(), round.ignored(),
                round.quarantined());
        return "mail?faces-redirect=true";
    }

    public String sendNow() {
        currentUser.require(Permission.CONFIGURE);
        Feedback.infoAfterRedirect("mail.send.done", sender.sendDue());
        return "mail?faces-redirect=true";
    }

    public String retryOutbox(long id) {
        currentUser.require(Permission.CONFIGURE);
        outbox.retry(id, clock.instant());
        return sendNow();
    }

    public String retryQuarantined(long id) {
        currentUser.require(Permission.CONFIGURE);
        Quarantine.Retried retried = quarantine.retry(id);
        Feedback.infoAfterRedirect("mail.retry.done", retried.outcome(),
                retried.ticketNumber() == null ? "-" : retried.ticketNumber());
        return "mail?faces-redirect=true";
    }

    /** Opens a ticket from a quarantined mail with what the mail says; explains what is missing otherwise. */
    public String openAsTicket(long id) {
        currentUser.require(Permission.CONFIGURE);
        try {
            String number = quarantine.openAsTicket(id, new Quarantine.ByHand(null, null, null));
            Feedback.infoAfterRedirect("mail.opened.done", number);
            return "mail?faces-redirect=true";
        } catch (InvalidInputException e) {
            Feedback.show("mail", e);
            return null;
        }
    }
}
