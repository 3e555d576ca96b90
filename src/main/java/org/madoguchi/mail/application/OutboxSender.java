package org.madoguchi.mail.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.madoguchi.mail.domain.OutboxMail;
import org.madoguchi.platform.persistence.ApplicationReady;

/**
 * Delivers the outbox over SMTP, outside any transaction: each mail is read, sent, then marked sent or failed in a
 * transaction of its own ({@link OutboxRows}). Runs every few seconds and right after a notice commits; one round
 * at a time. A mail that cannot go out waits with a growing pause, so an SMTP outage loses nothing.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @Inject
    OutboxRows rows;
    @Inject
    MailSettings settings;
    @Inject
    Clock clock;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Resource
    ManagedExecutorService executor;

    private final ReentrantLock oneRound = new ReentrantLock();
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile ScheduledFuture<?> schedule;

    void start(@Observes ApplicationReady ready) {
        schedule = scheduler.scheduleWithFixedDelay(this::sendQuietly, 5, 5, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Starts a round in the background (after a commit); nudges while one is queued add nothing to it. */
    public void nudge() {
        if (queued.compareAndSet(false, true)) {
            executor.execute(() -> {
                queued.set(false);
                sendQuietly();
            });
        }
    }

    private void sendQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox round failed", e);
        }
    }

    /** Sends what is due; returns how many mails went out. Waits for a round already running. */
    public int sendDue() {
        var smtp = settings.smtp();
        if (smtp.isEmpty()) {
            return 0;
        }
        oneRound.lock();
        try {
            int sent = 0;
            List<Long> due = rows.due(clock.instant(), BATCH);
            if (due.isEmpty()) {
                return 0;
            }
            Session session = session(smtp.get());
            for (Long id : due) {
                OutboxMail mail = rows.load(id);
                if (mail == null || mail.getStatus() != OutboxMail.Status.PENDING) {
                    continue;
                }
                try {
                    Transport.send(toMime(session, mail));
                    rows.markSent(id, clock.instant());
                    sent++;
                } catch (MessagingException | UnsupportedEncodingException e) {
                    rows.markFailed(id, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
                }
            }
            return sent;
        } finally {
            oneRound.unlock();
        }
    }

    private MimeMessage toMime(Session session, OutboxMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new FixedIdMessage(session, mail.getMessageId());
        message.setFrom(new InternetAddress(settings.fromAddress(), settings.fromName(), "UTF-8"));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), false));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setText(mail.getBody(), "UTF-8");
        message.setSentDate(Date.from(mail.getCreatedAt()));
        if (mail.getInReplyTo() != null) {
            message.setHeader("In-Reply-To", mail.getInReplyTo());
        }
        if (mail.getReferences() != null) {
            message.setHeader("References", mail.getReferences());
        }
        // RFC 3834: auto-responders must not answer this mail, so an out-of-office reply cannot start a loop
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "All");
        message.saveChanges();
        return message;
    }

    private static Session session(MailSettings.Smtp smtp) {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", smtp.ssl() ? "smtps" : "smtp");
        String prefix = smtp.ssl() ? "mail.smtps." : "mail.smtp.";
        p.setProperty(prefix + "host", smtp.host());
        p.setProperty(prefix + "port", Integer.toString(smtp.port()));
        p.setProperty(prefix + "connectiontimeout", "10000");
        p.setProperty(prefix + "timeout", "30000");
        p.setProperty(prefix + "starttls.enable", Boolean.toString(smtp.startTls()));
        p.setProperty(prefix + "starttls.required", Boolean.toString(smtp.startTls()));
        if (smtp.user() == null) {
            return Session.getInstance(p);
        }
        p.setProperty(prefix + "auth", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(smtp.user(), smtp.password());
            }
        });
    }

    /** Keeps the Message-ID chosen when the mail was queued: replies are matched by it. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
