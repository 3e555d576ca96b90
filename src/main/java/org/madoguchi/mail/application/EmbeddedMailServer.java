package org.madoguchi.mail.application;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import org.madoguchi.platform.persistence.ApplicationReady;

/**
 * Demo mode's mail server: GreenMail on loopback (SMTP 3025, IMAP 3143, IMAPS 3993 by default). Any address gets a mailbox
 * on first delivery, with the address itself as IMAP login and password; the desk reads
 * {@code helpdesk@madoguchi.test} the same way. Starts before the mailbox reader and the sender.
 */
@ApplicationScoped
public class EmbeddedMailServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedMailServer.class.getName());

    @Inject
    MailSettings settings;

    private GreenMail server;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION - 100) ApplicationReady ready) {
        if (settings.embedded()) {
            start();
        }
    }

    /** Starts the server (again, after {@link #stop()}: an SMTP outage and its end, for the outbox tests). */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        server = new GreenMail(new ServerSetup[] {
            new ServerSetup(settings.embeddedSmtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(settings.embeddedImapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
            new ServerSetup(settings.embeddedImapsPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAPS)});
        server.start();
        server.setUser(settings.fromAddress(), settings.fromAddress(), settings.fromAddress());
        // the configured mailboxes served by this server exist from the start, so reading them never fails
        for (MailSettings.Mailbox mailbox : settings.mailboxes()) {
            if ((mailbox.port() == settings.embeddedImapPort() || mailbox.port() == settings.embeddedImapsPort())
                    && mailbox.user() != null && mailbox.user().contains("@")) {
                server.setUser(mailbox.user(), mailbox.user(), mailbox.password());
            }
        }
        LOG.info(() -> "Embedded mail server: SMTP 127.0.0.1:" + settings.embeddedSmtpPort() + ", IMAP 127.0.0.1:"
                + settings.embeddedImapPort() + ", IMAPS 127.0.0.1:" + settings.embeddedImapsPort()
                + ", desk address " + settings.fromAddress());
    }

    @PreDestroy
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
