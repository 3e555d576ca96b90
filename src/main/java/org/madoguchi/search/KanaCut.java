package org.madoguchi.search;

import static org.madoguchi.search.ReadingLexicon.LONG_READING;
import static org.madoguchi.search.ReadingLexicon.MAX_READING;
import static org.madoguchi.search.ReadingLexicon.MIN_READING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A kana run cut into the readings of known words ({@link ReadingLexicon}): so that as much of it as possible is
 * covered, longer readings first. A piece that Kuromoji read as particles or endings only stays grammar (ます is not
 * 桝). A one-character word (管, 員, 台) counts only as the whole run or joined to another word (かんばんごう: 管 +
 * 番号), where its reading is long (むらさき: 紫), or where Kuromoji read the same kana as one noun (かん|の: 管); a
 * short one alone inside a longer run is mostly noise (どう is no 道).
 */
final class KanaCut {

    private KanaCut() {
    }

    /**
     * @param known whether a reading (katakana) names a known word
     * @param words the known words of a reading
     */
    static List<String> wordsFor(KanaRuns.Run run, Predicate<String> known, Function<String, Set<String>> words) {
        String text = run.katakana();
        int n = text.length();
        int[] covered = new int[n + 1];
        int[] from = new int[n + 1];
        List<int[]> longReadings = new ArrayList<>();
        for (int end = 1; end <= n; end++) {
            covered[end] = covered[end - 1];
            from[end] = -1;
            for (int length = Math.min(MAX_READING, end); length >= MIN_READING; length--) {
                int start = end - length;
                boolean longReading = length >= LONG_READING;
                if ((longReading || covered[start] + length > covered[end]) && known.test(text.substring(start, end))
                        && !run.isGrammar(start, end)) {
                    if (longReading) {
                        longReadings.add(new int[] {start, end});
                    }
                    if (covered[start] + length > covered[end]) {
                        covered[end] = covered[start] + length;
                        from[end] = start;
                    }
                }
            }
        }
        List<int[]> pieces = new ArrayList<>();
        for (int end = n; end > 0; ) {
            if (from[end] >= 0) {
                pieces.add(0, new int[] {from[end], end});
                end = from[end];
            } else {
                end--;
            }
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            int[] piece = pieces.get(i);
            boolean joined = piece[1] - piece[0] == n
                    || (i > 0 && pieces.get(i - 1)[1] == piece[0])
                    || (i + 1 < pieces.size() && pieces.get(i + 1)[0] == piece[1]);
            for (String word : words.apply(text.substring(piece[0], piece[1]))) {
                if (word.length() > 1 || joined || piece[1] - piece[0] >= LONG_READING
                        || run.isNoun(piece[0], piece[1])) {
                    found.add(word);
                }
            }
        }
        addLongReadings(text, longReadings, pieces, words, found);
        return found;
    }

    /**
     * Adds the words of the long readings (found by the cut above) that it passed over: such a reading that names a
     * known word is rarely chance. かくていし is cut カク|テイシ (各, 停止), which covers more, but カクテイ is 確定. A
     * reading inside a piece of the cut is left out: the compound counts already (写真 in こうくうしゃしん, read as
     * 航空写真, would count twice).
     */
    private static void addLongReadings(String text, List<int[]> longReadings, List<int[]> pieces,
                                        Function<String, Set<String>> words, List<String> found) {
        int[] pieceAt = new int[text.length()];
        Arrays.fill(pieceAt, -1);
        for (int i = 0; i < pieces.size(); i++) {
            Arrays.fill(pieceAt, pieces.get(i)[0], pieces.get(i)[1], i);
        }
        for (int[] reading : longReadings) {
            boolean inside = pieceAt[reading[0]] >= 0 && pieceAt[reading[0]] == pieceAt[reading[1] - 1];
            if (!inside) {
                words.apply(text.substring(reading[0], reading[1])).stream().filter(word -> !found.contains(word))
                        .forEach(found::add);
            }
        }
    }
}
