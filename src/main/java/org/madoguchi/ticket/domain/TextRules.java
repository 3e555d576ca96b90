package org.madoguchi.ticket.domain;

import java.util.List;
import java.util.regex.Pattern;
import org.madoguchi.platform.error.Violation;

/** Shared checks on free text: required, length, control characters, e-mail and phone format. */
public final class TextRules {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int NAME_MAX = 100;
    public static final int ORGANIZATION_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;

    /** Pragmatic address check: one @, no spaces, a dot in the domain. Full RFC 5322 is not what users type. */
    private static final String ATOM = "[^\\s@\"<>(),;:.\\[\\]]+";
    private static final Pattern EMAIL = Pattern.compile(ATOM + "(\\." + ATOM + ")*@" + ATOM + "(\\." + ATOM + ")+");
    private static final Pattern PHONE = Pattern.compile("[0-9０-９+()（）\\-－‐ 　]*(内線|ext\\.?)?[0-9０-９ ]*");

    private TextRules() {
    }

    /** Trims and turns CRLF / CR into LF so that lengths and storage do not depend on the client. */
    public static String normalise(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /**
     * The text cut to at most {@code max} characters, never inside a surrogate pair: for text that arrives from
     * outside (a mail) and must fit a field rather than be refused.
     */
    public static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    public static void requireText(List<Violation> out, String field, String value, int max, boolean multiLine) {
        if (value == null || value.isBlank()) {
            out.add(Violation.of(field, "validation.required"));
            return;
        }
        optionalText(out, field, value, max, multiLine);
    }

    public static void optionalText(List<Violation> out, String field, String value, int max, boolean multiLine) {
        if (value == null) {
            return;
        }
        if (value.codePointCount(0, value.length()) > max) {
            out.add(Violation.of(field, "validation.tooLong", max));
        } else if (hasControlCharacters(value, multiLine)) {
            out.add(Violation.of(field, "validation.controlCharacters"));
        }
    }

    public static void email(List<Violation> out, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                out.add(Violation.of(field, "validation.required"));
            }
            return;
        }
        if (value.length() > EMAIL_MAX || !EMAIL.matcher(value.strip()).matches()) {
            out.add(Violation.of(field, "validation.email"));
        }
    }

    public static void phone(List<Violation> out, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (value.length() > PHONE_MAX || !PHONE.matcher(value.strip()).matches()
                || value.codePoints().noneMatch(Character::isDigit)) {
            out.add(Violation.of(field, "validation.phone"));
        }
    }

    /**
     * C0/C1 controls, DEL, line and paragraph separators, zero-width and direction marks that can disguise
     * text; tab and newline only where allowed.
     */
    static boolean hasControlCharacters(String value, boolean multiLine) {
        return value.codePoints().anyMatch(c -> {
            if (multiLine && (c == '\n' || c == '\t')) {
                return false;
            }
            return c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x200b && c <= 0x200f)
                    || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x061c || c == 0xfeff;
        });
    }
}
