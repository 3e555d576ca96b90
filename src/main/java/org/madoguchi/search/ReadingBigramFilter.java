package org.madoguchi.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns Kuromoji tokens into bigrams of their katakana readings, joined across neighbouring tokens: 管番号で検索 and
 * かんばんごうでけんさく both become カン ンバ バン ... so kana-only spellings and IME slips (動機 for 同期) still meet
 * the stored words. Unknown words keep their surface, hiragana folded to katakana. Runs break where the text had
 * punctuation or spaces (offsets that do not touch).
 */
public final class ReadingBigramFilter extends TokenFilter {

    private static final int MAX_BIGRAMS = 1 << 16;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final ReadingAttribute reading = addAttribute(ReadingAttribute.class);

    private record Bigram(String text, int start, int end) {
    }

    private List<Bigram> bigrams;
    private int next;

    public ReadingBigramFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (bigrams == null) {
            bigrams = readAll();
        }
        if (next >= bigrams.size()) {
            return false;
        }
        Bigram bigram = bigrams.get(next++);
        clearAttributes();
        term.setEmpty().append(bigram.text());
        offset.setOffset(bigram.start(), bigram.end());
        increment.setPositionIncrement(1);
        return true;
    }

    private List<Bigram> readAll() throws IOException {
        List<Bigram> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int runStart = 0;
        int lastEnd = -1;
        while (input.incrementToken() && out.size() < MAX_BIGRAMS) {
            if (offset.startOffset() != lastEnd) {
                emit(run, runStart, lastEnd, out);
                run.setLength(0);
                runStart = offset.startOffset();
            }
            String text = reading.getReading() != null ? reading.getReading() : term.toString();
            run.append(toKatakana(text));
            lastEnd = offset.endOffset();
        }
        emit(run, runStart, lastEnd, out);
        return out;
    }

    private static void emit(StringBuilder run, int start, int end, List<Bigram> out) {
        if (run.length() == 1) {
            out.add(new Bigram(run.toString(), start, Math.max(start, end)));
        }
        for (int i = 0; i + 1 < run.length(); i++) {
            out.add(new Bigram(run.substring(i, i + 2), start, Math.max(start, end)));
        }
    }

    private static String toKatakana(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            folded.append(c >= '\u3041' && c <= '\u3096' ? (char) (c + 0x60) : Character.toLowerCase(c));
        }
        return folded.toString();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        bigrams = null;
        next = 0;
    }
}
