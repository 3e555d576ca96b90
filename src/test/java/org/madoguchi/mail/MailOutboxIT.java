package org.madoguchi.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madoguchi.mail.application.EmbeddedMailServer;
import org.madoguchi.mail.application.OutboxRows;
import org.madoguchi.mail.application.OutboxSender;
import org.madoguchi.mail.domain.OutboxMail;
import org.madoguchi.mail.persistence.MailRepository;
import org.madoguchi.support.Deployments;
import org.madoguchi.support.TestMail;
import org.madoguchi.ticket.application.TicketService;
import org.madoguchi.ticket.domain.Channel;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketDraft;
import org.madoguchi.ticket.domain.TicketType;

/** The outbox inside the server: an SMTP outage loses no mail, and a rolled-back change sends none. */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(MailOutboxIT.class, Deployments.class, TestMail.class, TestMail.Received.class);
    }

    @Inject
    TicketService tickets;
    @Inject
    OutboxSender sender;
    @Inject
    OutboxRows outbox;
    @Inject
    EmbeddedMailServer mailServer;
    @Inject
    MailRepository mails;
    @Resource
    UserTransaction transaction;

    static TicketDraft draft(String email, String subject) {
        return new TicketDraft(TicketType.INQUIRY, subject, "印刷すると図郭がずれます。", "高橋 誠", null, email, null,
                "GIS", null, null, false);
    }

    OutboxMail rowOf(String number) {
        return outbox.notSent(500).stream().filter(m -> m.getTicketNumber().equals(number)).findFirst().orElse(null);
    }

    @Test
    void mailsWaitWhileSmtpIsDownAndGoOutWhenItIsBack() throws Exception {
        String email = "takahashi-" + UUID.randomUUID().toString().substring(0, 8) + "@city.example.lg.jp";
        String subject = "図郭がずれる " + UUID.randomUUID();
        mailServer.stop();
        Ticket ticket;
        try {
            sender.sendDue(); // whatever the other tests left, before the outage
            ticket = tickets.open(draft(email, subject), Channel.WEB);
            sender.sendDue();

            OutboxMail waiting = rowOf(ticket.getNumber());
            assertNotNull(waiting, "the acknowledgement waits in the outbox");
            assertEquals(OutboxMail.Status.PENDING, waiting.getStatus());
            assertTrue(waiting.getAttempts() >= 1, "an attempt failed");
            assertNotNull(waiting.getLastError());
            assertTrue(waiting.getNextAttemptAt().isAfter(Instant.now()), "it waits before the next attempt");
        } finally {
            mailServer.start();
        }
        assertTrue(outbox.retry(rowOf(ticket.getNumber()).getId(), Instant.now()));
        sender.sendDue();

        List<TestMail.Received> got = TestMail.inbox(email);
        assertEquals(1, got.size());
        assertTrue(got.get(0).subject().contains(ticket.getNumber()) && got.get(0).subject().contains(subject));
        assertEquals(null, rowOf(ticket.getNumber()), "sent, so no longer waiting");
    }

    @Test
    void aRolledBackChangeLeavesNoMailBehind() throws Exception {
        String email = "rollback-" + UUID.randomUUID().toString().substring(0, 8) + "@city.example.lg.jp";
        transaction.begin();
        Ticket ticket = tickets.open(draft(email, "取り消される問合せ"), Channel.WEB);
        String number = ticket.getNumber();
        assertEquals(1, mails.outboxOfTicket(number).size(), "the acknowledgement is written with the ticket");
        transaction.rollback();
        sender.sendDue();

        assertEquals(null, rowOf(number));
        assertTrue(TestMail.inbox(email).isEmpty(), "nothing was sent for a ticket that never existed");
    }
}
