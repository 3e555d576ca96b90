package org.madoguchi.search;

import java.io.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds to a number written in hyphenated groups (pipe number 03-1245-07, phone number 022-123-4567) its joined
 * form (03124507): people type these numbers with and without hyphens, and the parts alone still match. Every
 * part keeps its exact offsets (Lucene's pattern-replace filter moved the end of the last part one character back,
 * and a highlighted 0345 showed as 034).
 */
public final class GroupedNumberCharFilter extends WholeTextCharFilter {

    private static final Pattern GROUPED_NUMBER =
            Pattern.compile("(?<![0-9-])([0-9]{2,8})-([0-9]{2,8})(?:-([0-9]{1,8}))?(?![0-9-])");

    public GroupedNumberCharFilter(Reader input) {
        super(input);
    }

    /**
     * Writes the joined form after the number as written ("03-1245-07 03124507"), so the tokens are those of the
     * number alone plus one. The index wants the tokens' start offsets in order: the joined form points at the last
     * part, up to the number's end.
     */
    @Override
    String rewrite(String text) {
        Matcher matcher = GROUPED_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int copied = 0;
        while (matcher.find()) {
            out.append(text, copied, matcher.end()).append(' ');
            copied = matcher.end();
            int lastPart = matcher.group(3) != null ? matcher.start(3) : matcher.start(2);
            addOffCorrectMap(out.length(), lastPart - out.length());
            out.append(matcher.group(1)).append(matcher.group(2));
            if (matcher.group(3) != null) {
                out.append(matcher.group(3));
            }
            addOffCorrectMap(out.length(), matcher.end() - out.length());
        }
        return out.append(text, copied, text.length()).toString();
    }
}
