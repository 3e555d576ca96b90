package org.madoguchi.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * The mail settings ({@code madoguchi.mail.*}, each overridable from the environment). With the embedded server
 * on (demo mode) and nothing else configured, the desk sends through it and reads its {@code helpdesk} mailbox.
 */
@ApplicationScoped
public class MailSettings {

    /** One desk mailbox read over IMAP. */
    public record Mailbox(String name, String protocol, String host, int port, String user, String password,
                          String folder, String defaultType, String defaultSystem, boolean followUpForClosed,
                          String sslTrust) {

        Properties sessionProperties() {
            Properties p = new Properties();
            if (sslTrust != null) {
                // hosts whose certificate is trusted as it is, without a CA or a matching name (a self-signed
                // in-house or test server); every other host is checked in full
                p.setProperty("mail." + protocol + ".ssl.trust", sslTrust);
                p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "false");
            }
            p.setProperty("mail.store.protocol", protocol);
            p.setProperty("mail." + protocol + ".peek", "true");
            p.setProperty("mail." + protocol + ".connectiontimeout", "10000");
            p.setProperty("mail." + protocol + ".timeout", "30000");
            return p;
        }
    }

    /** The SMTP server mail goes out through. */
    public record Smtp(String host, int port, String user, String password, boolean startTls, boolean ssl) {
    }

    @Inject
    Config config;

    private String get(String key, String fallback) {
        return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank()).orElse(fallback);
    }

    private int getInt(String key, int fallback) {
        return Integer.parseInt(get(key, Integer.toString(fallback)).strip());
    }

    public boolean embedded() {
        return Boolean.parseBoolean(get("madoguchi.mail.embedded", get("madoguchi.demo", "false")));
    }

    public int embeddedSmtpPort() {
        return getInt("madoguchi.mail.embedded.smtp-port", 3025);
    }

    public int embeddedImapPort() {
        return getInt("madoguchi.mail.embedded.imap-port", 3143);
    }

    /** IMAP over TLS on the embedded server (GreenMail's own self-signed certificate). */
    public int embeddedImapsPort() {
        return getInt("madoguchi.mail.embedded.imaps-port", 3993);
    }

    /** The desk's own address: mails come from it, and mail from it is never read as an inquiry. */
    public String fromAddress() {
        return get("madoguchi.mail.from", "helpdesk@madoguchi.test");
    }

    public String fromName() {
        return get("madoguchi.mail.from-name", "Madoguchi Help Desk");
    }

    /** Language of the mails to requesters and agents ({@code ja} or {@code en}). */
    public String language() {
        return get("madoguchi.mail.language", "ja");
    }

    public Optional<Smtp> smtp() {
        String host = get("madoguchi.mail.smtp.host", embedded() ? "127.0.0.1" : null);
        if (host == null) {
            return Optional.empty();
        }
        return Optional.of(new Smtp(host, getInt("madoguchi.mail.smtp.port", embedded() ? embeddedSmtpPort() : 587),
                get("madoguchi.mail.smtp.user", null), get("madoguchi.mail.smtp.password", null),
                Boolean.parseBoolean(get("madoguchi.mail.smtp.starttls", "false")),
                Boolean.parseBoolean(get("madoguchi.mail.smtp.ssl", "false"))));
    }

    /** {@code madoguchi.mail.mailboxes=desk,incidents} with {@code madoguchi.mail.mailbox.<name>.*} each. */
    public List<Mailbox> mailboxes() {
        String names = get("madoguchi.mail.mailboxes", null);
        List<Mailbox> out = new ArrayList<>();
        if (names == null) {
            if (embedded()) {
                out.add(new Mailbox("desk", "imap", "127.0.0.1", embeddedImapPort(), fromAddress(), fromAddress(),
                        "INBOX", null, null, followUpForClosed(), null));
            }
            return out;
        }
        for (String name : Arrays.stream(names.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList()) {
            String prefix = "madoguchi.mail.mailbox." + name + ".";
            String protocol = get(prefix + "protocol", "imaps");
            out.add(new Mailbox(name, protocol, get(prefix + "host", "localhost"),
                    getInt(prefix + "port", protocol.equals("imaps") ? 993 : 143), get(prefix + "user", null),
                    get(prefix + "password", null), get(prefix + "folder", "INBOX"), get(prefix + "type", null),
                    get(prefix + "system", null), followUp(get(prefix + "closed-reply", closedReply())), get(prefix + "ssl-trust", null)));
        }
        return out;
    }

    /** Whether to wait on the mailboxes with IMAP IDLE where offered (mail is then read as it arrives). */
    public boolean idle() {
        return Boolean.parseBoolean(get("madoguchi.mail.idle", "true"));
    }

    public int pollSeconds() {
        return getInt("madoguchi.mail.poll-seconds", 30);
    }

    /**
     * What a reply to a closed ticket does: {@code reopen} it, or open a {@code follow-up} ticket; a mailbox may
     * say otherwise ({@code madoguchi.mail.mailbox.<name>.closed-reply}).
     */
    public boolean followUpForClosed() {
        return followUp(closedReply());
    }

    private String closedReply() {
        return get("madoguchi.mail.closed-reply", "reopen");
    }

    private static boolean followUp(String closedReply) {
        return closedReply.strip().equalsIgnoreCase("follow-up");
    }

    public long maxAttachmentBytes() {
        return Long.parseLong(get("madoguchi.mail.attachments.max-bytes", "10485760"));
    }

    public int maxAttachments() {
        return getInt("madoguchi.mail.attachments.max-count", 10);
    }

    /** Mails from one sender in an hour beyond which further ones are quarantined, not opened as tickets. */
    public int maxMailsPerSenderPerHour() {
        return getInt("madoguchi.mail.rate-limit-per-hour", 30);
    }
}
