package org.madoguchi.search;

import java.io.Reader;
import java.text.Normalizer;

/**
 * Normalises text before tokenisation so that the surface variants users type meet the stored text:
 * NFKC (ﾛｸﾞｲﾝ → ログイン, Ｅ－１０２１ → E-1021, ① → 1), dash-like characters folded to '-', and optionally
 * hiragana folded to katakana (for the bigram field, so that kana-only spellings like ぱすわーど meet パスワード).
 * Offsets are corrected so highlighting still points at the original text.
 */
public final class NormalizingCharFilter extends WholeTextCharFilter {

    private final boolean foldHiragana;

    public NormalizingCharFilter(Reader input, boolean foldHiragana) {
        super(input);
        this.foldHiragana = foldHiragana;
    }

    /** Normalises segment by segment (a base character plus its combining marks) to keep offsets exact. */
    @Override
    String rewrite(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = segmentEnd(text, start);
            String segment = text.substring(start, end);
            String folded = fold(isAscii(segment) ? segment : Normalizer.normalize(segment, Normalizer.Form.NFKC));
            int outStart = out.length();
            out.append(folded);
            if (folded.length() != segment.length()) {
                // inside an expansion (… → ..., ㍍ → メートル) every offset maps to the segment's start, so offsets
                // never run backwards; after it, to the segment's end
                for (int k = 1; k < folded.length() && folded.length() > segment.length(); k++) {
                    addOffCorrectMap(outStart + k, start - (outStart + k));
                }
                addOffCorrectMap(out.length(), end - out.length());
            }
            start = end;
        }
        return out.toString();
    }

    private static int segmentEnd(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length() && isCombining(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isCombining(char c) {
        // half-width voiced marks (ﾞﾟ) and combining kana marks join the preceding kana under NFKC
        return c == '\uFF9E' || c == '\uFF9F' || c == '\u3099' || c == '\u309A'
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isAscii(String segment) {
        return segment.length() == 1 && segment.charAt(0) < 0x80;
    }

    private String fold(String segment) {
        StringBuilder folded = null;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            char f = foldChar(c);
            if (f != c) {
                if (folded == null) {
                    folded = new StringBuilder(segment);
                }
                folded.setCharAt(i, f);
            }
        }
        return folded == null ? segment : folded.toString();
    }

    private char foldChar(char c) {
        switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63' -> {
                return '-';
            }
            case '\u301C' -> {
                return '~';
            }
            default -> {
                if (foldHiragana && c >= '\u3041' && c <= '\u3096') {
                    return (char) (c + 0x60);
                }
                return c;
            }
        }
    }
}
