package org.madoguchi.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Index words that an inquiry spells half in kana, half in kanji or katakana. */
final class MixedSpellings {

    private static final int MAX_READING = ReadingLexicon.MAX_READING;

    private MixedSpellings() {
    }

    /**
     * Index words spelled half in kana, half in kanji: こうくう写真 is 航空写真 (コウクウ + シャシン), 管きょ is 管渠. The
     * longest end of the run before a written word, or start of the run after one, whose reading joined to that
     * word's reading is the reading of an index word that ends (starts) with the written word itself.
     *
     * @param words the index words of a reading (katakana)
     */
    static List<String> wordsFor(KanaRuns.Run run, Function<String, Set<String>> words) {
        String kana = run.katakana();
        int n = kana.length();
        List<String> found = new ArrayList<>();
        KanaRuns.Neighbour after = run.after();
        for (int start = Math.max(0, n - MAX_READING); after != null && start < n && found.isEmpty(); start++) {
            if (!run.isGrammar(start, n)) {
                for (String word : words.apply(kana.substring(start) + after.reading())) {
                    if (word.endsWith(after.surface()) && word.length() > after.surface().length()) {
                        found.add(word);
                    }
                }
            }
        }
        KanaRuns.Neighbour before = run.before();
        int fromAfter = found.size();
        for (int end = Math.min(n, MAX_READING); before != null && end > 0 && found.size() == fromAfter; end--) {
            if (!run.isGrammar(0, end)) {
                for (String word : words.apply(before.reading() + kana.substring(0, end))) {
                    if (word.startsWith(before.surface()) && word.length() > before.surface().length()) {
                        found.add(word);
                    }
                }
            }
        }
        return found;
    }
}
