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

    private final boolean joinedFirst;

    /** The layout for the index: the joined form after the number, its offsets on the number's last part. */
    public GroupedNumberCharFilter(Reader input) {
        this(input, false);
    }

    /**
     * @param joinedFirst whether the joined form goes before the number and spans it whole: for marking matches,
     *                    where a typed 03124507 must mark all of 03-1245-07 (a highlighter groups the tokens inside
     *                    one it has read), not for the index, which wants start offsets in order
     */
    public GroupedNumberCharFilter(Reader input, boolean joinedFirst) {
        super(input);
        this.joinedFirst = joinedFirst;
    }

    /**
     * Writes the joined form beside the number as written ("03-1245-07 03124507", or first "03124507 03-1245-07"),
     * so the tokens are those of the number alone plus one. After the number, it points at the last part, up to the
     * number's end; before it, at the whole number.
     */
    @Override
    String rewrite(String text) {
        Matcher matcher = GROUPED_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int copied = 0;
        while (matcher.find()) {
            String joined = matcher.group(1) + matcher.group(2) + (matcher.group(3) == null ? "" : matcher.group(3));
            if (joinedFirst) {
                out.append(text, copied, matcher.start());
                out.append(joined);
                addOffCorrectMap(out.length(), matcher.end() - out.length());
                out.append(' ');
                addOffCorrectMap(out.length(), matcher.start() - out.length());
                out.append(text, matcher.start(), matcher.end());
            } else {
                out.append(text, copied, matcher.end()).append(' ');
                int lastPart = matcher.group(3) != null ? matcher.start(3) : matcher.start(2);
                addOffCorrectMap(out.length(), lastPart - out.length());
                out.append(joined);
                addOffCorrectMap(out.length(), matcher.end() - out.length());
            }
            copied = matcher.end();
        }
        return out.append(text, copied, text.length()).toString();
    }
}
