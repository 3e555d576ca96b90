package org.madoguchi.mail.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes mail text as Japanese offices really send it. Windows mailers label CP932 text "Shift_JIS" and
 * "ISO-2022-JP" while using its extensions (①, ㈱, ～, NEC special characters), so those labels are read with
 * the Microsoft supersets; an unlabelled or unknown body is tried as UTF-8, then as ISO-2022-JP when it has
 * its escape sequences, then as CP932.
 */
public final class JapaneseCharsets {

    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final Charset ISO_2022_JP_WINDOWS = Charset.forName("x-windows-iso2022jp");

    private JapaneseCharsets() {
    }

    /** The charset to read text labelled {@code declared} with; null when the label is missing or unknown. */
    static Charset forLabel(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String label = declared.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        return switch (label) {
            case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms932", "cp932", "windows-31j", "ms_kanji" -> CP932;
            case "iso-2022-jp", "iso2022jp", "csiso2022jp", "iso-2022-jp-1", "iso-2022-jp-2" -> ISO_2022_JP_WINDOWS;
            case "euc-jp", "eucjp", "x-euc-jp" -> Charset.forName("EUC-JP");
            default -> {
                try {
                    yield Charset.forName(label);
                } catch (IllegalArgumentException e) {
                    yield null;
                }
            }
        };
    }

    public static String decode(byte[] bytes, String declared) {
        Charset charset = forLabel(declared);
        if (charset != null) {
            return new String(bytes, charset);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        if (containsIso2022Escape(bytes)) {
            return new String(bytes, ISO_2022_JP_WINDOWS);
        }
        return new String(bytes, CP932);
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean containsIso2022Escape(byte[] bytes) {
        for (int i = 0; i + 2 < bytes.length; i++) {
            if (bytes[i] == 0x1B && bytes[i + 1] == '$' && (bytes[i + 2] == 'B' || bytes[i + 2] == '@')) {
                return true;
            }
        }
        return false;
    }
}
