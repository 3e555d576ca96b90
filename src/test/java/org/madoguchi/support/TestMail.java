package org.madoguchi.support;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A mail client for tests against the server's embedded GreenMail: sends raw mails byte for byte over SMTP and
 * reads any mailbox over IMAP (login and password are the address).
 */
public final class TestMail {

    public static final String DESK = "helpdesk@madoguchi.test";
    private static final int SMTP = Integer.getInteger("it.smtp.port", 3925);
    private static final int IMAP = Integer.getInteger("it.imap.port", 3943);

    private TestMail() {
    }

    /** Sends the raw RFC 5322 text unchanged (no Message-ID or header rewriting) to the desk. */
    public static void sendRaw(byte[] raw) throws MessagingException {
        sendRaw(raw, DESK);
    }

    /** Sends the raw text unchanged to the given mailbox. */
    public static void sendRaw(byte[] raw, String to) throws MessagingException {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", Integer.toString(SMTP));
        Session session = Session.getInstance(p);
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new Address[] {new InternetAddress(to)});
        }
    }

    /** A received mail, read eagerly. */
    public record Received(String subject, String messageId, String inReplyTo, String references, String text,
                           String autoSubmitted) {
    }

    public static List<Received> inbox(String address) throws Exception {
        Properties p = new Properties();
        Session session = Session.getInstance(p);
        List<Received> out = new ArrayList<>();
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", IMAP, address, address);
            try (Folder folder = store.getFolder("INBOX")) {
                folder.open(Folder.READ_ONLY);
                for (Message m : folder.getMessages()) {
                    MimeMessage mime = (MimeMessage) m;
                    out.add(new Received(mime.getSubject(), mime.getMessageID(), mime.getHeader("In-Reply-To", null),
                            mime.getHeader("References", null), String.valueOf(mime.getContent()),
                            mime.getHeader("Auto-Submitted", null)));
                }
            }
        } catch (AuthenticationFailedException e) {
            return out; // no mailbox yet: nothing was delivered to this address
        }
        return out;
    }

    /**
     * Takes the processed marks off every mail in a mailbox: the state a crash between the commit and the marking
     * leaves behind.
     */
    public static void unmarkAll(String address) throws MessagingException {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", IMAP, address, address);
            try (Folder folder = store.getFolder("INBOX")) {
                folder.open(Folder.READ_WRITE);
                Flags marks = new Flags("MadoguchiProcessed");
                marks.add(Flags.Flag.SEEN);
                folder.setFlags(folder.getMessages(), marks, false);
            }
        }
    }
}
