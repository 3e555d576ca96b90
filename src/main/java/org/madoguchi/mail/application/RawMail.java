package org.madoguchi.mail.application;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.madoguchi.mail.domain.JapaneseCharsets;

/** What can still be read of a mail that does not parse: its text after the header block, its sender's address. */
final class RawMail {

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private RawMail() {
    }

    static String text(byte[] raw) {
        String latin = new String(raw, StandardCharsets.ISO_8859_1);
        int start = latin.indexOf("\r\n\r\n");
        int from = start < 0 ? 0 : start + 4;
        byte[] body = java.util.Arrays.copyOfRange(raw, from, raw.length);
        return JapaneseCharsets.decode(body, null).replace("\r\n", "\n").strip();
    }

    static String address(String header) {
        Matcher m = ADDRESS.matcher(header == null ? "" : header);
        return m.find() ? m.group().toLowerCase(java.util.Locale.ROOT) : null;
    }
}
