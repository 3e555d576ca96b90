package org.madoguchi.intake.application;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The character encodings an import file may be in: UTF-8, or Shift_JIS as Japanese Windows and Excel write it
 * (Microsoft's variant, windows-31j, which also has ①, ～ and the NEC and IBM kanji).
 */
public enum ImportEncoding {
    UTF_8(StandardCharsets.UTF_8, "import.error.notUtf8"),
    SHIFT_JIS(Charset.forName("windows-31j"), "import.error.notShiftJis");

    private final Charset charset;
    private final String undecodableKey;

    ImportEncoding(Charset charset, String undecodableKey) {
        this.charset = charset;
        this.undecodableKey = undecodableKey;
    }

    public Charset charset() {
        return charset;
    }

    /** The message key of a line whose bytes are not text in this encoding. */
    String undecodableKey() {
        return undecodableKey;
    }

    /** By the names people and tools give these encodings; empty for any other. */
    public static Optional<ImportEncoding> of(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(UTF_8);
        }
        return switch (name.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "utf-8", "utf8" -> Optional.of(UTF_8);
            case "shift-jis", "sjis", "cp932", "ms932", "windows-31j" -> Optional.of(SHIFT_JIS);
            default -> Optional.empty();
        };
    }
}
