package org.madoguchi.mail.domain;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words ({@code =?ISO-2022-JP?B?...?=}) in headers, decoded with {@link JapaneseCharsets} so that
 * CP932 characters in subjects and file names survive. Whitespace between two encoded words is dropped, as the
 * RFC says; a word that cannot be decoded stays as it was.
 */
public final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

    private EncodedWords() {
    }

    public static String decode(String header) {
        if (header == null) {
            return null;
        }
        String unfolded = header.replaceAll("\\r?\\n[ \\t]", " ");
        String joined = BETWEEN_WORDS.matcher(unfolded).replaceAll("$1$2");
        Matcher m = WORD.matcher(joined);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String charset = m.group(1).replaceAll("\\*.*$", ""); // RFC 2231 language suffix
            String decoded;
            try {
                byte[] bytes = m.group(2).equalsIgnoreCase("B")
                        ? Base64.getMimeDecoder().decode(m.group(3)) : quoted(m.group(3));
                decoded = JapaneseCharsets.decode(bytes, charset);
            } catch (IllegalArgumentException e) {
                decoded = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static byte[] quoted(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < text.length()) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
