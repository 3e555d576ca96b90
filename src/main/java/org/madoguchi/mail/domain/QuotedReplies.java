package org.madoguchi.mail.domain;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where a reply's own text ends and the quoted original begins, as mail clients in Japanese offices
 * write it: Outlook's header block and separator lines, Gmail's "On ... wrote:" and its Japanese form, and a
 * trailing block of "&gt;" lines. The full text is always kept elsewhere; this only decides what the ticket shows.
 */
public final class QuotedReplies {

    private static final List<Pattern> START_OF_QUOTE = List.of(
            Pattern.compile("^-{2,}\\s*(Original Message|元のメッセージ|Forwarded message|転送されたメッセージ)\\s*-{2,}.*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^_{10,}\\s*$"),
            Pattern.compile("^(From|差出人|送信者)\\s*[:：].+$"),
            Pattern.compile("^On .{4,200} wrote:\\s*$"),
            // Gmail and others in Japanese: "2026年11月25日(水) 10:00 ヘルプデスク <helpdesk@example.jp>:"
            Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日.{0,160}(>|wrote|書きました|のメッセージ)\\s*[:：]\\s*$"),
            Pattern.compile("^\\d{4}/\\d{1,2}/\\d{1,2}.{0,160}(>|wrote|書きました)\\s*[:：]\\s*$"));

    private QuotedReplies() {
    }

    /** The text before the quoted original; the whole text when nothing is left before it. */
    public static String trim(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.split("\\R", -1);
        int end = lines.length;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (START_OF_QUOTE.stream().anyMatch(p -> p.matcher(line).matches())) {
                end = i;
                break;
            }
        }
        // a trailing block of quoted lines (and blank lines between them)
        int last = end;
        while (last > 0 && (lines[last - 1].startsWith(">") || lines[last - 1].startsWith("＞")
                || lines[last - 1].isBlank())) {
            last--;
        }
        if (last < end && hasQuotedLine(lines, last, end)) {
            end = last;
        }
        String kept = String.join("\n", Arrays.copyOfRange(lines, 0, end)).strip();
        return kept.isEmpty() ? text.strip() : kept;
    }

    private static boolean hasQuotedLine(String[] lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lines[i].startsWith(">") || lines[i].startsWith("＞")) {
                return true;
            }
        }
        return false;
    }
}
