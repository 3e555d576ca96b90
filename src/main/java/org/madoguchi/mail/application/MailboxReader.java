package org.madoguchi.mail.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.madoguchi.platform.persistence.ApplicationReady;

/**
 * Reads the desk mailboxes over IMAP, polling. A mail is handed to {@link MailIntake} (which commits), and only
 * then flagged processed on the server: a crash or a database outage in between leaves it unflagged, so it is
 * read again and recognised by its Message-ID. Bodies are fetched with PEEK, so reading does not mark a mail
 * seen for the people who share the mailbox.
 */
@ApplicationScoped
public class MailboxReader {

    /** The keyword that marks a processed mail, where the server allows keywords (else \Seen is used). */
    static final String PROCESSED = "MadoguchiProcessed";
    private static final Logger LOG = Logger.getLogger(MailboxReader.class.getName());
    /** Mails fetched and flagged together: fewer round trips, and a bounded amount of mail in memory. */
    private static final int CHUNK = 50;

    /** What one round did. */
    public record Round(int read, int opened, int appended, int ignored, int quarantined, int duplicates,
                        int failed) {
    }

    @Inject
    MailSettings settings;
    @Inject
    MailIntake intake;
    @Resource
    ManagedScheduledExecutorService scheduler;

    private final ReentrantLock oneRound = new ReentrantLock();
    /** Failed attempts per mail (mailbox and UID), kept while the server runs. */
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private static final int MAX_FAILURES = 3;
    private volatile ScheduledFuture<?> schedule;

    void start(@Observes ApplicationReady ready) {
        int seconds = settings.pollSeconds();
        schedule = scheduler.scheduleWithFixedDelay(this::readQuietly, seconds, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void readQuietly() {
        try {
            readAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mailbox round failed", e);
        }
    }

    /** Reads every mailbox once; waits for a round already running. */
    public Round readAll() {
        oneRound.lock();
        try {
            int[] counts = new int[7];
            for (MailSettings.Mailbox mailbox : settings.mailboxes()) {
                try {
                    read(mailbox, counts);
                } catch (MessagingException e) {
                    counts[6]++;
                    LOG.log(Level.WARNING, "Cannot read mailbox " + mailbox.name() + ": " + e.getMessage());
                }
            }
            return new Round(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
        } finally {
            oneRound.unlock();
        }
    }

    private void read(MailSettings.Mailbox mailbox, int[] counts) throws MessagingException {
        Session session = Session.getInstance(mailbox.sessionProperties());
        try (Store store = session.getStore(mailbox.protocol())) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
            try (Folder folder = store.getFolder(mailbox.folder())) {
                folder.open(Folder.READ_WRITE);
                boolean keywords = folder.getPermanentFlags().contains(Flags.Flag.USER);
                Flags done = keywords ? new Flags(PROCESSED) : new Flags();
                done.add(Flags.Flag.SEEN);
                Message[] waiting = folder.search(new FlagTerm(keywords ? new Flags(PROCESSED)
                        : new Flags(Flags.Flag.SEEN), false));
                for (int from = 0; from < waiting.length; from += CHUNK) {
                    Message[] chunk = Arrays.copyOfRange(waiting, from, Math.min(waiting.length, from + CHUNK));
                    readChunk(folder, chunk, mailbox, done, counts);
                }
            }
        }
    }

    /**
     * Fetches a chunk of mails whole in one command, takes each in (one transaction each), then flags the ones
     * taken in, in one command: a crash before that flagging only means they are read again and recognised.
     */
    private void readChunk(Folder folder, Message[] chunk, MailSettings.Mailbox mailbox, Flags done, int[] counts)
            throws MessagingException {
        FetchProfile.Item whole = wholeMessage(folder);
        if (whole != null) {
            FetchProfile profile = new FetchProfile();
            profile.add(whole);
            folder.fetch(chunk, profile);
        }
        List<Message> taken = new ArrayList<>();
        for (Message message : chunk) {
            counts[0]++;
            MailIntake.Result result;
            try {
                result = intake.receive(mailbox, raw(message));
                if (!failures.isEmpty()) {
                    failures.remove(failureKey(mailbox, message));
                }
            } catch (RuntimeException e) {
                // the database or the disk failed: leave the mail unmarked, the next round reads it again; a mail
                // that fails every time goes to the quarantine instead of blocking the mailbox
                counts[6]++;
                LOG.log(Level.WARNING, "Mail not taken in, will retry: " + e.getMessage());
                if (failures.merge(failureKey(mailbox, message), 1, Integer::sum) < MAX_FAILURES) {
                    continue;
                }
                try {
                    result = intake.quarantine(mailbox, raw(message), "failed " + MAX_FAILURES + " times: " + e);
                } catch (RuntimeException again) {
                    continue;
                }
            }
            taken.add(message);
            count(result, counts);
        }
        if (!taken.isEmpty()) {
            folder.setFlags(taken.toArray(Message[]::new), done, true);
        }
    }

    /**
     * The IMAP provider's "whole message" fetch item (Angus Mail's {@code IMAPFolder.FetchProfileItem.MESSAGE}),
     * looked up through the folder's own class loader since the provider is the server's; null where absent.
     */
    private static FetchProfile.Item wholeMessage(Folder folder) {
        try {
            Class<?> items = Class.forName(folder.getClass().getName() + "$FetchProfileItem", true,
                    folder.getClass().getClassLoader());
            return (FetchProfile.Item) items.getField("MESSAGE").get(null);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }

    private static String failureKey(MailSettings.Mailbox mailbox, Message message) {
        try {
            String[] id = message.getHeader("Message-ID");
            return mailbox.name() + "/" + (id == null ? message.getMessageNumber() : id[0]);
        } catch (MessagingException e) {
            return mailbox.name() + "/" + message.getMessageNumber();
        }
    }

    private static void count(MailIntake.Result result, int[] counts) {
        if (result.duplicate()) {
            counts[5]++;
            return;
        }
        switch (result.outcome()) {
            case OPENED, FOLLOW_UP -> counts[1]++;
            case APPENDED -> counts[2]++;
            case IGNORED -> counts[3]++;
            default -> counts[4]++;
        }
    }

    private static byte[] raw(Message message) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("cannot read the mail from the server", e);
        }
        return out.toByteArray();
    }
}
