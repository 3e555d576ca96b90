package org.madoguchi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Hiragana runs of an inquiry, with the pieces Kuromoji read as grammar (particles, endings). */
final class KanaRuns {

    /**
     * A run in katakana; {@code kept} are the [start, end) spans that Kuromoji read as grammar (particles,
     * endings) or as a word usually written in kana (副詞 くるくる, 形容動詞 だいじょうぶ); {@code endings} the
     * offsets where a verb or adjective meets its ending (し|た, し|よう); {@code particles} where a particle
     * starts (no short word starts there: が|すごく is not ガス); {@code tokenEnds} where a Kuromoji token ends;
     * {@code nouns} the [start, end) spans of the tokens Kuromoji read as nouns.
     */
    record Run(String katakana, List<int[]> kept, BitSet endings, BitSet particles, BitSet tokenEnds,
               List<int[]> nouns, Neighbour before, Neighbour after) {

        /**
         * Whether a reading over [start, end) is no word: it is a kept span, runs across an ending, or starts at a
         * particle. Kuromoji reads the first kana of an unfamiliar word as a particle too (の|と|うろ|く), so a
         * reading of three kana or more that ends where a token ends may start there (トウロク).
         */
        boolean isGrammar(int start, int end) {
            for (int[] span : kept) {
                if (span[0] <= start && end <= span[1]) {
                    return true;
                }
            }
            if (particles.get(start) && (end - start < 3 || !tokenEnds.get(end))) {
                return true;
            }
            int ending = endings.nextSetBit(start + 1);
            return ending >= 0 && ending < end && !spansWholeTokens(start, end);
        }

        /** Whether Kuromoji read [start, end) as one noun (かん in かんのいろ), not as grammar or a pronoun. */
        boolean isNoun(int start, int end) {
            return nouns.stream().anyMatch(span -> span[0] == start && span[1] == end);
        }

        /**
         * Whether a long reading starts and ends where Kuromoji tokens do: then it may run across a verb's ending, as
         * Kuromoji reads an unfamiliar kana noun as a light verb and its endings too (せんたく as せ|ん|たく, a form
         * of する); shorter readings stay blocked (し|た is no 下).
         */
        boolean spansWholeTokens(int start, int end) {
            return end - start >= ReadingLexicon.LONG_READING && tokenEnds.get(end)
                    && (start == 0 || tokenEnds.get(start));
        }
    }

    /**
     * The word written in kanji or katakana right before or after a run, with its Kuromoji reading (katakana): こうくう
     * before 写真 may be half of 航空写真. Null where the run meets no such word.
     */
    record Neighbour(String surface, String reading) {
    }

    /**
     * The kana runs of an inquiry, and the base forms (in katakana) of the verbs and adjectives it spells in kana:
     * かさなって is read as カサナル, which finds 重なる.
     */
    record Reading(List<Run> runs, List<String> inflected) {
    }

    /** Verbs that mostly carry grammar (する, いる...): a word never runs across their ending (し|た is no 下). */
    private static final Set<String> LIGHT_VERBS = Set.of("する", "いる", "ある", "なる", "くる",
            "できる", "れる", "られる", "せる", "させる", "いく", "おる", "みる", "くれる", "もらう", "しまう", "てる", "ちゃう");

    private KanaRuns() {
    }

    static Reading read(Analyzer spelling, String inquiry, int maxChars) {
        String text = Normalizer.normalize(
                inquiry.length() > maxChars ? inquiry.substring(0, maxChars) : inquiry, Normalizer.Form.NFKC);
        List<int[]> kept = new ArrayList<>();
        List<int[]> nouns = new ArrayList<>();
        BitSet endings = new BitSet();
        BitSet particles = new BitSet();
        BitSet tokenEnds = new BitSet();
        List<String> inflected = new ArrayList<>();
        Map<Integer, Neighbour> endingAt = new HashMap<>();
        Map<Integer, Neighbour> startingAt = new HashMap<>();
        try (TokenStream stream = spelling.tokenStream("reading", text)) {
            PartOfSpeechAttribute partOfSpeech = stream.addAttribute(PartOfSpeechAttribute.class);
            BaseFormAttribute baseForm = stream.addAttribute(BaseFormAttribute.class);
            CharTermAttribute surface = stream.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = stream.addAttribute(ReadingAttribute.class);
            OffsetAttribute offset =
                    stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            boolean afterInflected = false;
            while (stream.incrementToken()) {
                String pos = partOfSpeech.getPartOfSpeech();
                pos = pos == null ? "" : pos;
                boolean grammar = isGrammar(pos);
                if (grammar || (offset.endOffset() - offset.startOffset() >= 3 && isKanaWord(pos))) {
                    kept.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
                tokenEnds.set(offset.endOffset());
                if (pos.startsWith("名詞") && !grammar && !pos.contains("代名詞")) {
                    nouns.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
                if (pos.startsWith("助詞")) {
                    particles.set(offset.startOffset());
                }
                if (grammar && afterInflected) {
                    endings.set(offset.startOffset());
                }
                if (!grammar && reading.getReading() != null && isWritten(surface.toString())) {
                    Neighbour word = new Neighbour(surface.toString(), reading.getReading());
                    endingAt.put(offset.endOffset(), word);
                    startingAt.put(offset.startOffset(), word);
                }
                String base = baseForm.getBaseForm();
                boolean content = pos.startsWith("動詞-自立") || pos.startsWith("形容詞-自立");
                // a dependent noun (のち, まま) does not inflect: のち|ず in のちずがめん is Kuromoji misreading 地図
                afterInflected = pos.startsWith("助動詞") || (pos.contains("非自立") && !pos.startsWith("名詞"))
                        || pos.startsWith("形容詞") || (pos.startsWith("動詞") && (base == null || LIGHT_VERBS.contains(base)));
                if (content && base != null && base.length() >= 3 && !LIGHT_VERBS.contains(base)
                        && isHiraganaWord(surface.toString()) && isHiraganaWord(base)) {
                    inflected.add(toKatakana(base));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Run> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean kana = i < text.length() && isHiragana(text.charAt(i));
            if (kana && start < 0) {
                start = i;
            } else if (!kana && start >= 0) {
                if (i - start >= ReadingLexicon.MIN_READING) {
                    runs.add(new Run(toKatakana(text.substring(start, i)), within(kept, start, i),
                            endings.get(start, i), particles.get(start, i), tokenEnds.get(start, i + 1),
                            within(nouns, start, i), endingAt.get(start), startingAt.get(i)));
                }
                start = -1;
            }
        }
        return new Reading(runs, inflected);
    }

    /** The spans inside [start, end), relative to {@code start}. */
    private static List<int[]> within(List<int[]> spans, int start, int end) {
        return spans.stream().filter(span -> span[0] >= start && span[1] <= end)
                .map(span -> new int[] {span[0] - start, span[1] - start}).toList();
    }

    /** Whether the word is written in hiragana only (the long-vowel mark counts as kana). */
    static boolean isHiraganaWord(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!isHiragana(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A word written with kanji or katakana only (写真, 管, ログ): the other half of a mixed spelling. */
    private static boolean isWritten(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(word.charAt(i));
            if (script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.KATAKANA
                    && word.charAt(i) != 'ー') {
                return false;
            }
        }
        return true;
    }

    private static boolean isKanaWord(String partOfSpeech) {
        return partOfSpeech.startsWith("副詞") || partOfSpeech.contains("形容動詞語幹");
    }

    private static boolean isGrammar(String partOfSpeech) {
        return (partOfSpeech.startsWith("助詞") || partOfSpeech.startsWith("助動詞")
                || partOfSpeech.startsWith("記号") || partOfSpeech.contains("非自立")
                || partOfSpeech.startsWith("接尾") || partOfSpeech.startsWith("接続詞")
                || partOfSpeech.startsWith("感動詞") || partOfSpeech.startsWith("フィラー"));
    }

    static boolean isHiragana(char c) {
        return (c >= 'ぁ' && c <= 'ゖ') || c == 'ー';
    }

    static String toKatakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + 0x60) : c);
        }
        return out.toString();
    }
}
