package org.madoguchi.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;

/**
 * A reader's search (the Q&A site, the knowledge base): ranked as triage ranks, but only entries that contain enough
 * of the reader's words are found, so that one common word does not bring back every entry.
 */
public final class ReaderSearch {

    /** Share of the reader's words an entry must contain to be found (half: "印刷 できない" needs 印刷). */
    public static final double WORDS_TO_MATCH = 0.5;
    /** ...but at most three: a long inquiry typed into the form still finds the entry that shares its key words. */
    public static final int MOST_WORDS_TO_MATCH = 3;

    /** Lucene's English stop words ("not", "the", "is"), which Kuromoji keeps as words of English text. */
    private static final CharArraySet ENGLISH_STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private ReaderSearch() {
    }

    /** {@code ranked} (the query, with any filters) restricted to entries holding enough of the words of {@code query}. */
    public static Query restrict(Query ranked, TriageQuery query) {
        Query coverage = coverage(query, WORDS_TO_MATCH, MOST_WORDS_TO_MATCH);
        return coverage == null ? ranked : new BooleanQuery.Builder()
                .add(ranked, BooleanClause.Occur.MUST)
                .add(coverage, BooleanClause.Occur.FILTER)
                .build();
    }

    /**
     * Entries that contain at least {@code share} of the inquiry's words (its Kuromoji term groups, a synonym
     * counting for its word; character bigrams when Kuromoji found none), but never more than {@code atMost}
     * words, in any field: a filter, so that one common word does not bring back every entry (triage ranks
     * everything and uses none). A short English inquiry, of one or two words besides its stop words, needs them
     * all: the half is for Japanese, where one of two words is often a verb or an ending ("印刷 できない"), while
     * "map not shown" would find any entry where something is "not shown". Null when the inquiry has no terms.
     */
    static Query coverage(TriageQuery query, double share, int atMost) {
        Words words = words(query);
        if (words == null) {
            return null;
        }
        boolean shortEnglish = query.isMostlyLatin() && !words.content().isEmpty() && words.content().size() <= 2;
        return shortEnglish ? atLeast(words.content(), words.content().size())
                : atLeast(words.all(), Math.min(atMost, TriageQuery.wordsNeeded(share, words.all().size())));
    }

    /**
     * Entries that contain at least one of the inquiry's words (as {@link #coverage} counts them): the console's
     * search keeps to these while there are any, so that a bigram across a particle (ドの of パスワードの, found in
     * などの) brings back no entry that shares no word with the query. Null when the inquiry has no words.
     */
    public static Query anyWord(TriageQuery query) {
        Words words = words(query);
        return words == null || words.all().isEmpty() ? null : atLeast(words.all(), 1);
    }

    /** The inquiry's words, each a query over every text field; {@code content} without English stop words. */
    private record Words(List<Query> all, List<Query> content) {
    }

    private static Words words(TriageQuery query) {
        QueryTerms words = query.terms().get(TriageFields.Variant.MORPHOLOGICAL);
        TriageFields.Variant variant = TriageFields.Variant.MORPHOLOGICAL;
        if (words == null || words.isEmpty()) {
            words = query.terms().get(TriageFields.Variant.BIGRAM);
            variant = TriageFields.Variant.BIGRAM;
        }
        if (words == null || words.isEmpty()) {
            return null;
        }
        List<Query> all = new ArrayList<>();
        List<Query> content = new ArrayList<>();
        for (QueryTerms.TermGroup group : words.groups()) {
            if (query.readKana() && group.terms().stream().allMatch(KanaRuns::isHiraganaWord)) {
                // where the inquiry's kana were read as index words (ちずがひょうじ: 地図, 表示), Kuromoji's hiragana
                // pieces of them (ちる, ひょう) are no words of it
                continue;
            }
            Query inAnyField = inAnyField(group, variant);
            all.add(inAnyField);
            if (!group.terms().stream().allMatch(ENGLISH_STOP_WORDS::contains)) {
                content.add(inAnyField);
            }
        }
        return new Words(all, content);
    }

    private static Query inAnyField(QueryTerms.TermGroup group, TriageFields.Variant variant) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (String field : TriageFields.TEXT_FIELDS) {
            anyField.add(TriageQuery.groupQuery(TriageFields.field(field, variant), group), BooleanClause.Occur.SHOULD);
        }
        return anyField.build();
    }

    private static Query atLeast(List<Query> words, int needed) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        words.forEach(word -> any.add(word, BooleanClause.Occur.SHOULD));
        return new ConstantScoreQuery(any.setMinimumNumberShouldMatch(needed).build());
    }
}
