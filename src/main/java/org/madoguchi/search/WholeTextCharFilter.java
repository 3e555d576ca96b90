package org.madoguchi.search;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * A char filter that reads its whole input (up to 1 M characters, a ticket's text at most) and rewrites it at once,
 * recording its offset corrections as it goes: simpler and exact where a rewrite looks at more than one character.
 */
abstract class WholeTextCharFilter extends BaseCharFilter {

    private static final int MAX_CHARS = 1 << 20;
    private String rewritten;
    private int position;

    WholeTextCharFilter(Reader input) {
        super(input);
    }

    /** The text as the tokenizer is to read it; offset corrections are added with {@code addOffCorrectMap}. */
    abstract String rewrite(String text);

    @Override
    public final int read(char[] buffer, int offset, int length) throws IOException {
        if (rewritten == null) {
            rewritten = rewrite(readAll());
        }
        if (position >= rewritten.length()) {
            return -1;
        }
        int count = Math.min(length, rewritten.length() - position);
        rewritten.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    private String readAll() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[4096];
        for (int n; (n = input.read(chunk)) != -1 && text.length() < MAX_CHARS; ) {
            text.append(chunk, 0, n);
        }
        return text.toString();
    }
}
