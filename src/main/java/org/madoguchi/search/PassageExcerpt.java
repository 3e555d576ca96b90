package org.madoguchi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.TextFragment;

/**
 * The passage of a candidate that best matches the inquiry, HTML-escaped, matched words in {@code <mark>}. Works on
 * the stored text with the Kuromoji analysis, so it needs no offsets in the index and marks synonyms too
 * (an inquiry about マンホール marks 人孔).
 */
public final class PassageExcerpt {

    private static final String FIELD = TriageFields.field(TriageFields.TEXT, TriageFields.Variant.MORPHOLOGICAL);
    private final JapaneseAnalyzers analyzers;
    private final int fragmentChars;

    public PassageExcerpt(JapaneseAnalyzers analyzers, int fragmentChars) {
        this.analyzers = analyzers;
        this.fragmentChars = fragmentChars;
    }

    /**
     * Up to {@code fragments} best passages joined by " … ", best first, or the start of the text when nothing
     * matches. A passage is one or more whole sentences ({@link TextPassages}), scored by the inquiry's words in it.
     */
    public String excerpt(TriageQuery query, String text, int fragments) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Highlighter highlighter = highlighter(query);
        List<TextFragment> scored = new ArrayList<>();
        for (String passage : TextPassages.split(text, fragmentChars, Math.max(fragmentChars * 50, 10_000))) {
            TextFragment best = bestOf(highlighter, passage);
            if (best != null && best.getScore() > 0) {
                scored.add(best);
            }
        }
        if (scored.isEmpty()) {
            return SimpleHTMLEncoder.htmlEncode(TextPassages.split(text, fragmentChars, fragmentChars).get(0));
        }
        // the best first; of equals, the earlier (the sort is stable)
        scored.sort(Comparator.comparingDouble(TextFragment::getScore).reversed());
        return scored.stream().limit(Math.max(1, fragments)).map(f -> f.toString().strip())
                .collect(Collectors.joining(" … "));
    }

    /**
     * The whole of a short text such as a title, HTML-escaped, with the inquiry's words marked as in an excerpt: a
     * title is read whole, never cut to a passage.
     */
    public String marked(TriageQuery query, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        TextFragment whole = text.length() > MAX_MARKED_CHARS ? null : bestOf(highlighter(query), text);
        return whole == null || whole.getScore() <= 0 ? SimpleHTMLEncoder.htmlEncode(text) : whole.toString();
    }

    /** Longer texts are shown unmarked: a title is never this long, and marking reads the text whole. */
    private static final int MAX_MARKED_CHARS = 2_000;

    private static Highlighter highlighter(TriageQuery query) {
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
                new QueryScorer(termsInOneField(query), FIELD));
        highlighter.setTextFragmenter(new NullFragmenter());
        return highlighter;
    }

    private TextFragment bestOf(Highlighter highlighter, String passage) {
        try (TokenStream tokens = analyzers.marking().tokenStream(FIELD, passage)) {
            TextFragment[] found = highlighter.getBestTextFragments(tokens, passage, false, 1);
            return found.length == 0 ? null : found[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return null; // offsets beyond the text cannot happen with our char filters
        }
    }

    /**
     * The inquiry's Kuromoji terms (with synonyms) in the one field name the scorer looks at. A synonym of several
     * words is marked only where they stand together (暗証番号 for パスワード), never one of them alone: 番号 is no
     * match for パスワード, nor 管理 for 台帳, and passages full of them would push the real matches out of the excerpt. Likewise a
     * lone letter (the e of E-1021, which Kuromoji cuts as e 1021) is marked only with the word that follows it:
     * E-1005 is another error. Where the inquiry's kana were read as the index's words (どうき as 同期), Kuromoji's
     * hiragana pieces of them (どう) are no words of the inquiry: どうか in a passage is not marked, as the reader's
     * search does not count them ({@link ReaderSearch}). English stop words (the, not) are no match either: Kuromoji
     * keeps them, and an English passage would be marked all over. A short number is a quantity, not a name: the 7 of
     * あと7日 is marked only with the word beside it (7日, never the 7 of 7時半), and so is a one-character counter after
     * it (the 日 of 7日 is no match for 撮影日); numbers of three digits or more (1021, 0345) name things and stand alone.
     */
    private static Query termsInOneField(TriageQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        QueryTerms terms = query.terms().get(TriageFields.Variant.MORPHOLOGICAL);
        if (terms != null) {
            Set<String> counters = counters(terms);
            for (QueryTerms.TermGroup group : terms.groups()) {
                if (!group.terms().stream().allMatch(PassageExcerpt::isLoneLetter)
                        && !group.terms().stream().allMatch(PassageExcerpt::isShortNumber)
                        && !(group.count() == 1 && counters.containsAll(group.terms()))
                        && !group.terms().stream().allMatch(PassageExcerpt::isEnglishStopWord)
                        && !(query.readKana() && group.terms().stream().allMatch(KanaRuns::isHiraganaWord))) {
                    builder.add(TriageQuery.termQuery(FIELD, group.terms()), BooleanClause.Occur.SHOULD);
                }
            }
            for (QueryTerms.TermPair pair : terms.pairs()) {
                boolean number = isShortNumber(pair.first()) || isShortNumber(pair.second());
                if ((isLoneLetter(pair.first()) || number) && pair.gap() == 1) {
                    builder.add(new PhraseQuery(FIELD, pair.first(), pair.second()), BooleanClause.Occur.SHOULD);
                }
            }
            for (QueryTerms.TermGroup group : terms.groups()) {
                for (List<String> phrase : group.phrases()) {
                    builder.add(new PhraseQuery(FIELD, phrase.toArray(String[]::new)), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return builder.build();
    }

    /** The one-character words that follow a short number in the inquiry (日 of 7日, 回 of 3回). */
    private static Set<String> counters(QueryTerms terms) {
        Set<String> counters = new HashSet<>();
        for (QueryTerms.TermPair pair : terms.pairs()) {
            if (pair.gap() == 1 && isShortNumber(pair.first()) && pair.second().codePointCount(0, pair.second().length()) == 1) {
                counters.add(pair.second());
            }
        }
        return counters;
    }

    private static boolean isShortNumber(String term) {
        return !term.isEmpty() && term.length() <= 2 && term.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isEnglishStopWord(String term) {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(term);
    }

    private static boolean isLoneLetter(String term) {
        return term.length() == 1 && term.charAt(0) < 0x80 && Character.isLetter(term.charAt(0));
    }
}
