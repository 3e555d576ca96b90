package org.madoguchi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * An inquiry as someone types it who does not convert kana to kanji (a phone, a tablet in the field): every word
 * with a kanji in it spelled in hiragana by its Kuromoji reading, and optionally the katakana words too. For the eval
 * tool's {@code --kana}: it turns a data set into a measure of how well kana inquiries are read.
 */
public final class KanaSpelling {

    private final Analyzer spelling;
    private final boolean katakanaToo;

    /** @param spelling Kuromoji with readings ({@link JapaneseAnalyzers#spelling()}) */
    public KanaSpelling(Analyzer spelling, boolean katakanaToo) {
        this.spelling = spelling;
        this.katakanaToo = katakanaToo;
    }

    public String respell(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        try (TokenStream stream = spelling.tokenStream("kana", text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            ReadingAttribute reading = stream.addAttribute(ReadingAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (start < copied || end > text.length()) {
                    continue; // a char filter moved the offsets: keep the text as written
                }
                String surface = text.substring(start, end);
                out.append(text, copied, start);
                out.append(reading.getReading() != null && respells(surface)
                        ? toHiragana(reading.getReading()) : surface);
                copied = end;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append(text, copied, text.length()).toString();
    }

    private boolean respells(String surface) {
        boolean han = surface.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        boolean katakana = surface.codePoints().allMatch(c -> c == 'ー'
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
        return han || (katakanaToo && katakana);
    }

    static String toHiragana(String katakana) {
        StringBuilder out = new StringBuilder(katakana.length());
        for (int i = 0; i < katakana.length(); i++) {
            char c = katakana.charAt(i);
            out.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }
}
