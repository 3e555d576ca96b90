package org.madoguchi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The desk's own words by their reading, for inquiries typed in kana: 注記 is found by チュウキ, 取込 by トリコミ. An
 * inquiry like 「ちゅうき設定ってろぐあうとしたら消えますか」 has no word in common with the entry that answers it, as
 * Kuromoji cannot guess which kanji a kana run stands for; this lexicon only knows the words the index holds, so the
 * kana is read against them, like an input method that has learnt the desk's vocabulary.
 */
public final class ReadingLexicon {

    /** Shortest reading matched: two kana (地図 チズ, 緯度 イド); a single kana would match particles. */
    static final int MIN_READING = 2;
    static final int MAX_READING = 12;
    /**
     * A reading of four kana or more is rarely chance: it may run across what Kuromoji took for a verb ending
     * (センタク), names a one-character word on its own (紫 ムラサキ; 管 カン alone is noise), and counts where the
     * covering cut passed over it (カクテイ).
     */
    static final int LONG_READING = 4;

    /** One map per index segment: reading → words. */
    private final List<Map<String, Set<String>>> parts;
    /** Whether the index holds a Kuromoji word in a question or a text. */
    private final Predicate<String> indexed;

    private ReadingLexicon(List<Map<String, Set<String>>> parts, Predicate<String> indexed) {
        this.parts = parts;
        this.indexed = indexed;
    }

    /** No index: no readings, and every word counts as unknown to the index. */
    public static ReadingLexicon empty() {
        return new ReadingLexicon(List.of(), word -> false);
    }

    /** No readings (an index whose term dictionary cannot be read here), but it tells which words it holds. */
    public static ReadingLexicon withoutReadings(Predicate<String> indexed) {
        return new ReadingLexicon(List.of(), indexed);
    }

    /** Reads the Kuromoji terms of the index's question and text fields; readings come from {@code readings}. */
    public static ReadingLexicon of(IndexReader reader, Readings readings) {
        return of(reader, readings, List.of());
    }

    /**
     * As {@link #of(IndexReader, Readings)}, and knowing {@code vocabulary} too (the synonym list's words): an
     * inquiry's kana may name a word the desk's list knows and no entry uses yet (みょうじ: 名字, which the list
     * leads on to 氏名).
     */
    public static ReadingLexicon of(IndexReader reader, Readings readings, List<String> vocabulary) {
        List<Map<String, Set<String>>> parts = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            parts.add(readings.segment(leaf.reader()));
        }
        if (!vocabulary.isEmpty()) {
            parts.add(readings.vocabulary(vocabulary));
        }
        return new ReadingLexicon(parts, word -> holds(reader, word));
    }

    /** Whether the index holds this Kuromoji term in a question or a text (false without an index). */
    boolean indexes(String word) {
        return indexed.test(word);
    }

    private static boolean holds(IndexReader reader, String word) {
        try {
            for (String field : List.of(TriageFields.TITLE, TriageFields.TEXT)) {
                if (reader.docFreq(new Term(
                        TriageFields.field(field, TriageFields.Variant.MORPHOLOGICAL), word)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Set<String>> read(LeafReader segment, Readings readings) {
        Map<String, Set<String>> byReading = new HashMap<>();
        try {
            for (String field : List.of(TriageFields.TITLE, TriageFields.TEXT)) {
                Terms terms = segment.terms(TriageFields.field(field, TriageFields.Variant.MORPHOLOGICAL));
                if (terms == null) {
                    continue;
                }
                TermsEnum iterator = terms.iterator();
                for (BytesRef bytes = iterator.next(); bytes != null; bytes = iterator.next()) {
                    String term = bytes.utf8ToString();
                    if (!worthReading(term)) {
                        continue;
                    }
                    add(byReading, term, readings.of(term));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byReading;
    }

    private static void add(Map<String, Set<String>> byReading, String word, String reading) {
        if (reading != null && reading.length() >= MIN_READING && reading.length() <= MAX_READING) {
            byReading.computeIfAbsent(reading, r -> new LinkedHashSet<>()).add(word);
        }
    }

    private boolean knows(String reading) {
        for (Map<String, Set<String>> part : parts) {
            if (part.containsKey(reading)) {
                return true;
            }
        }
        return false;
    }

    Set<String> words(String reading) {
        Set<String> words = new LinkedHashSet<>();
        for (Map<String, Set<String>> part : parts) {
            words.addAll(part.getOrDefault(reading, Set.of()));
        }
        return words;
    }

    /** Words with a kanji or katakana in them: a hiragana word is already spelled as the index spells it. */
    private static boolean worthReading(String term) {
        boolean other = false;
        for (int i = 0; i < term.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(term.charAt(i));
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.KATAKANA) {
                other = true;
            } else if (script != Character.UnicodeScript.HIRAGANA && term.charAt(i) != 'ー') {
                return false;
            }
        }
        return other;
    }

    /** Readings known, counted per segment (a reading in two segments counts twice). */
    public int size() {
        return parts.stream().mapToInt(Map::size).sum();
    }

    /**
     * The index words an inquiry spells in kana: its hiragana runs cut into known readings ({@link KanaCut}), and
     * the verbs and adjectives it spells in kana by their base form (カサナル → 重なる).
     */
    Set<String> wordsForKana(Analyzer spelling, String inquiry, int maxChars) {
        Set<String> found = new LinkedHashSet<>();
        KanaRuns.Reading reading = KanaRuns.read(spelling, inquiry, maxChars);
        reading.runs().forEach(run -> {
            found.addAll(KanaCut.wordsFor(run, this::knows, this::words));
            found.addAll(MixedSpellings.wordsFor(run, this::words));
        });
        reading.inflected().forEach(base -> found.addAll(words(base)));
        return found;
    }

    /**
     * The character bigrams inside those Kuromoji words of an inquiry that the index holds, as the bigram analysis
     * writes them: such a word is found as a word, and its bigrams would only count it twice (and cost the most
     * postings). The bigrams of words the index lacks stay, for partial matches (下水台帳 meets 下水道台帳).
     */
    Set<String> bigramsOfIndexedWords(QueryTerms words) {
        Set<String> inside = new HashSet<>();
        if (words == null) {
            return inside;
        }
        for (QueryTerms.TermGroup group : words.groups()) {
            for (String word : group.terms()) {
                if (indexes(word)) {
                    String folded = KanaRuns.toKatakana(word);
                    for (int i = 0; i + 2 <= folded.length(); i++) {
                        inside.add(folded.substring(i, i + 2));
                    }
                }
            }
        }
        return inside;
    }

    /**
     * Katakana readings of index terms, and the lexicon of each index segment, remembered as long as the segment
     * lives: segments never change, so a search after a commit reads only the new, small segments' terms. One per
     * index (or per server); thread-safe.
     */
    public static final class Readings {

        private final Analyzer spelling;
        private final Map<String, String> known = new ConcurrentHashMap<>();
        private final Map<IndexReader.CacheKey, Map<String, Set<String>>> bySegment = new ConcurrentHashMap<>();

        public Readings(Analyzer spelling) {
            this.spelling = spelling;
        }

        /** The last vocabulary read, and its words by reading (a synonym list changes seldom). */
        private volatile Map.Entry<List<String>, Map<String, Set<String>>> vocabulary;

        String of(String term) {
            return known.computeIfAbsent(term, this::read);
        }

        Map<String, Set<String>> vocabulary(List<String> words) {
            Map.Entry<List<String>, Map<String, Set<String>>> last = vocabulary;
            if (last == null || last.getKey() != words) {
                Map<String, Set<String>> byReading = new HashMap<>();
                words.stream().filter(ReadingLexicon::worthReading).forEach(word -> add(byReading, word, of(word)));
                last = Map.entry(words, byReading);
                vocabulary = last;
            }
            return last.getValue();
        }

        Map<String, Set<String>> segment(LeafReader segment) {
            IndexReader.CacheHelper cache = segment.getCoreCacheHelper();
            if (cache == null) {
                return ReadingLexicon.read(segment, this);
            }
            return bySegment.computeIfAbsent(cache.getKey(), key -> {
                cache.addClosedListener(bySegment::remove);
                return ReadingLexicon.read(segment, this);
            });
        }

        private String read(String term) {
            StringBuilder out = new StringBuilder();
            try (TokenStream stream = spelling.tokenStream("reading", term)) {
                CharTermAttribute surface = stream.addAttribute(CharTermAttribute.class);
                ReadingAttribute reading = stream.addAttribute(ReadingAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    String r = reading.getReading();
                    out.append(r != null ? r : KanaRuns.toKatakana(surface.toString()));
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }
    }
}
