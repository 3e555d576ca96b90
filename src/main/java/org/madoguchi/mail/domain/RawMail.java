package org.madoguchi.mail.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail's bytes read without a MIME parser: what can still be told of a mail that does not parse (its headers,
 * its text after the header block, its sender's address), and the Message-ID to record it under.
 */
public final class RawMail {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{3,240}>");
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final int HEAD_MAX = 64 * 1024;

    private RawMail() {
    }

    /** Whether a Message-ID header value is one the desk can key on. */
    static boolean isMessageId(String value) {
        return value != null && MESSAGE_ID.matcher(value.strip()).matches();
    }

    /** The mail's own Message-ID, or one derived from its content (the same bytes always give the same one). */
    public static String messageId(byte[] raw) {
        return header(raw, "Message-ID").filter(RawMail::isMessageId).orElseGet(() -> derivedMessageId(raw));
    }

    static String derivedMessageId(byte[] raw) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw);
            return "<" + HexFormat.of().formatHex(hash, 0, 20) + "@no-message-id.madoguchi.invalid>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A header line, as plainly as possible (first line only, encoded words left as they are). */
    public static Optional<String> header(byte[] raw, String name) {
        Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":[ \\t]*(.{1,400})$").matcher(head(raw));
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** The text after the header block, in the Japanese charset it most likely is. */
    public static String text(byte[] raw) {
        String latin = new String(raw, StandardCharsets.ISO_8859_1);
        int start = latin.indexOf("\r\n\r\n");
        byte[] body = Arrays.copyOfRange(raw, start < 0 ? 0 : start + 4, raw.length);
        return JapaneseCharsets.decode(body, null).replace("\r\n", "\n").strip();
    }

    /** The first e-mail address in a header value, lower case, or null. */
    public static String address(String header) {
        Matcher m = ADDRESS.matcher(header == null ? "" : header);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }

    private static String head(byte[] raw) {
        String head = new String(raw, 0, Math.min(raw.length, HEAD_MAX), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        return end < 0 ? head : head.substring(0, end);
    }
}
