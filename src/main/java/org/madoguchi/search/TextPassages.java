package org.madoguchi.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into passages that start where a sentence starts, for excerpts: sentences are joined until a passage
 * holds half of {@code chars}, and a sentence longer than one and a half times {@code chars} is cut after a comma
 * (or a space) near that length. Lucene's {@code SimpleFragmenter} cuts every {@code chars} characters wherever that
 * falls, so an excerpt could begin with a particle (「の設定が保存されて…」) or half a phrase (「上に描いて添付…」).
 */
final class TextPassages {

    /** Sentence ends and line breaks (a list item or a heading ends at its line). */
    private static final String SENTENCE_ENDS = "。．！？!?\n";

    private TextPassages() {
    }

    /**
     * The passages of the text's first {@code maxChars} characters, in order; together they are that text. A text that
     * is not empty has one passage at least.
     */
    static List<String> split(String text, int chars, int maxChars) {
        int size = Math.max(2, chars);
        int longest = size + size / 2;
        int bound = Math.min(text.length(), maxChars);
        if (bound < text.length() && Character.isLowSurrogate(text.charAt(bound))) {
            bound = bound > 1 ? bound - 1 : bound + 1; // the whole character, and never none at all
        }
        String bounded = text.substring(0, bound);
        List<String> passages = new ArrayList<>();
        int start = 0;
        while (start < bounded.length()) {
            int end = start;
            do {
                int next = sentenceEnd(bounded, end);
                if (next - start > longest) {
                    // the passage holds its sentences; a sentence too long on its own is cut
                    end = end > start ? end : cut(bounded, start, longest);
                    break;
                }
                end = next;
            } while (end - start < size / 2 && end < bounded.length());
            passages.add(bounded.substring(start, end));
            start = end;
        }
        return passages;
    }

    /** Where the sentence starting at {@code from} ends: after its end mark and the spaces or quotes after it. */
    private static int sentenceEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !endsSentenceAt(text, i)) {
            i++;
        }
        while (i < text.length() && (endsSentenceAt(text, i) || text.charAt(i) == '」' || text.charAt(i) == '）'
                || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** Whether the character ends a sentence; a Latin full stop only before a space (1.5 and example.jp go on). */
    static boolean endsSentenceAt(String text, int i) {
        char c = text.charAt(i);
        return SENTENCE_ENDS.indexOf(c) >= 0
                || (c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)));
    }

    /** A cut of a long sentence at most {@code length} after {@code start}: after the last comma or space in it. */
    private static int cut(String text, int start, int length) {
        int limit = Math.min(text.length(), start + length);
        for (int i = limit - 1; i > start + length / 2; i--) {
            char c = text.charAt(i);
            if (c == '、' || c == '，' || c == ',' || Character.isWhitespace(c)) {
                return i + 1;
            }
        }
        // never between the halves of a character outside the BMP (an emoji, a rare kanji)
        return limit < text.length() && Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
