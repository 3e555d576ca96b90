package org.madoguchi.mail.domain;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a raw RFC 5322 mail into a {@link ParsedMail}: Japanese charsets and encoded words, HTML-only mail as
 * readable text, the quoted original trimmed, attachments decoded, and whether a person wrote it at all.
 */
public final class MailParser {

    private static final int MAX_DEPTH = 12;
    private static final Session SESSION = Session.getInstance(properties());

    private static Properties properties() {
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.decodeparameters", "true");
        return p;
    }

    private MailParser() {
    }

    public static ParsedMail parse(byte[] raw) throws MalformedMailException {
        if (raw == null || raw.length == 0) {
            throw new MalformedMailException("empty message");
        }
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            InternetAddress from = sender(message);
            String subject = header(message, "Subject");
            subject = subject == null ? "" : EncodedWords.decode(subject).strip();
            Content content = new Content();
            walk(message, content, 0);
            String fullText = content.text();
            String messageId = messageId(message, raw);
            MailKinds.Verdict verdict = MailKinds.of(message, from.getAddress(), content.deliveryReport);
            String personal = from.getPersonal();
            return new ParsedMail(messageId, from.getAddress().toLowerCase(Locale.ROOT),
                    personal == null || personal.isBlank() ? from.getAddress() : EncodedWords.decode(personal).strip(),
                    subject, QuotedReplies.trim(fullText), fullText, threadIds(message), verdict.kind(),
                    verdict.reason(), content.attachments);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new MalformedMailException("unreadable MIME structure: " + e.getMessage(), e);
        }
    }

    private static InternetAddress sender(MimeMessage message) throws MessagingException, MalformedMailException {
        String raw = header(message, "From");
        if (raw == null || raw.isBlank()) {
            throw new MalformedMailException("no From header");
        }
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(raw, false);
            if (addresses.length == 0 || addresses[0].getAddress() == null || !addresses[0].getAddress().contains("@")) {
                throw new MalformedMailException("no sender address in From: " + raw);
            }
            return addresses[0];
        } catch (AddressException e) {
            throw new MalformedMailException("unreadable From header: " + raw, e);
        }
    }

    static String header(Part part, String name) throws MessagingException {
        String[] values = part.getHeader(name);
        return values == null || values.length == 0 ? null : eightBit(values[0]);
    }

    /**
     * A header sent as raw 8-bit text (UTF-8 per RFC 6532, or a Japanese charset from an old client) reaches us as
     * one char per byte: read those bytes again as Japanese text.
     */
    private static String eightBit(String value) {
        if (value.chars().allMatch(c -> c < 0x80) || value.chars().anyMatch(c -> c > 0xFF)) {
            return value;
        }
        return JapaneseCharsets.decode(value.getBytes(StandardCharsets.ISO_8859_1), null);
    }

    private static String messageId(MimeMessage message, byte[] raw) throws MessagingException {
        String id = header(message, "Message-ID");
        return RawMail.isMessageId(id) ? id.strip() : RawMail.derivedMessageId(raw);
    }

    /** In-Reply-To first, then References from the newest back. */
    private static List<String> threadIds(MimeMessage message) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (String name : List.of("In-Reply-To", "References")) {
            String value = header(message, name);
            if (value == null) {
                continue;
            }
            List<String> found = new ArrayList<>();
            Matcher m = Pattern.compile("<[^<>\\s]{3,240}>").matcher(value);
            while (m.find()) {
                found.add(m.group());
            }
            if (name.equals("References")) {
                Collections.reverse(found);
            }
            found.stream().filter(id -> !ids.contains(id)).limit(50).forEach(ids::add);
        }
        return ids;
    }

    /** What the walk over the parts found. */
    private static final class Content {
        private final StringBuilder plain = new StringBuilder();
        private final StringBuilder html = new StringBuilder();
        private final List<ParsedMail.Attachment> attachments = new ArrayList<>();
        private boolean deliveryReport;

        String text() {
            String text = plain.isEmpty() ? html.toString() : plain.toString();
            return text.replace("\r\n", "\n").replace('\r', '\n').strip();
        }
    }

    private static void walk(Part part, Content content, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            throw new MessagingException("parts nested too deeply");
        }
        ContentType type = contentType(part);
        String disposition = part.getDisposition();
        String fileName = fileName(part);
        if (type.match("multipart/*")) {
            if (type.match("multipart/report")) {
                content.deliveryReport |= "delivery-status".equalsIgnoreCase(type.getParameter("report-type"));
            }
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, content, depth + 1);
            }
        } else if (fileName != null || Part.ATTACHMENT.equalsIgnoreCase(disposition) || type.match("message/*")
                || !(type.match("text/plain") || type.match("text/html"))) {
            if (type.match("message/delivery-status")) {
                content.deliveryReport = true;
            }
            content.attachments.add(new ParsedMail.Attachment(
                    fileName != null ? fileName : type.match("message/*") ? "attached.eml" : "attachment",
                    type.getBaseType(), bytes(part)));
        } else if (type.match("text/plain")) {
            append(content.plain, JapaneseCharsets.decode(bytes(part), type.getParameter("charset")));
        } else {
            Document html = Jsoup.parse(JapaneseCharsets.decode(bytes(part), type.getParameter("charset")));
            html.select("br").after("\\n");
            html.select("p, div, li, tr, h1, h2, h3, h4, blockquote").before("\\n");
            append(content.html, html.text().replace("\\n", "\n").replaceAll("[ \\t]*\n[ \\t]*", "\n")
                    .replaceAll("\n{3,}", "\n\n"));
        }
    }

    private static void append(StringBuilder to, String text) {
        if (!to.isEmpty()) {
            to.append("\n\n");
        }
        to.append(text);
    }

    private static ContentType contentType(Part part) throws MessagingException {
        String value = header(part, "Content-Type");
        if (value == null) {
            return new ContentType("text", "plain", null);
        }
        try {
            return new ContentType(value);
        } catch (ParseException e) {
            return new ContentType("application", "octet-stream", null);
        }
    }

    /** The attachment's file name, from RFC 2231 parameters or encoded words. */
    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null || name.isBlank() ? null : EncodedWords.decode(name).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        } catch (MessagingException e) {
            return "attachment";
        }
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
