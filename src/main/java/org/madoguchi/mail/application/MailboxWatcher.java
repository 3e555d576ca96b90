package org.madoguchi.mail.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.madoguchi.platform.persistence.ApplicationReady;

/**
 * Waits on each desk mailbox with IMAP IDLE where the server offers it, and starts a reading round as soon as
 * mail arrives; the polling of {@link MailboxReader} stays as the safety net (and is all there is where IDLE is
 * not offered). One thread per mailbox, stopped with the application.
 */
@ApplicationScoped
public class MailboxWatcher {

    private static final Logger LOG = Logger.getLogger(MailboxWatcher.class.getName());
    private static final long RECONNECT_PAUSE_MS = 10_000;

    @Inject
    MailSettings settings;
    @Inject
    MailboxReader reader;
    @Resource
    ManagedThreadFactory threads;

    private final List<Store> open = new CopyOnWriteArrayList<>();
    private volatile boolean stopping;

    /** After the embedded server has started. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) ApplicationReady ready) {
        if (!settings.idle()) {
            return;
        }
        for (MailSettings.Mailbox mailbox : settings.mailboxes()) {
            Thread watcher = threads.newThread(() -> watch(mailbox));
            watcher.setName("mail-idle-" + mailbox.name());
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        for (Store store : open) {
            try {
                store.close(); // ends a pending IDLE
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "closing an idle connection", e);
            }
        }
    }

    private void watch(MailSettings.Mailbox mailbox) {
        while (!stopping) {
            try (Store store = Session.getInstance(mailbox.sessionProperties()).getStore(mailbox.protocol())) {
                store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
                if (!offersIdle(store)) {
                    LOG.info(() -> "Mailbox " + mailbox.name() + " offers no IDLE: read by polling only");
                    return;
                }
                open.add(store);
                try (Folder folder = store.getFolder(mailbox.folder())) {
                    folder.open(Folder.READ_ONLY);
                    while (!stopping && folder.isOpen()) {
                        reader.readAll();
                        idleOnce(folder);
                    }
                } finally {
                    open.remove(store);
                }
            } catch (MessagingException | RuntimeException | ReflectiveOperationException e) {
                if (stopping) {
                    return;
                }
                LOG.log(Level.WARNING, "Waiting on mailbox " + mailbox.name() + " failed; again in a while: " + e);
                try {
                    Thread.sleep(RECONNECT_PAUSE_MS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Through the provider's own classes (Angus Mail's IMAPStore and IMAPFolder, which belong to the server). */
    private static boolean offersIdle(Store store) throws ReflectiveOperationException {
        try {
            return (Boolean) store.getClass().getMethod("hasCapability", String.class).invoke(store, "IDLE");
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Blocks until the server reports a change to the folder (one IDLE exchange). */
    private static void idleOnce(Folder folder) throws ReflectiveOperationException, MessagingException {
        try {
            folder.getClass().getMethod("idle", boolean.class).invoke(folder, true);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof MessagingException m) {
                throw m;
            }
            throw e;
        }
    }
}
