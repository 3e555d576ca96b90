package org.madoguchi.search;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * When an entry's learnt wordings count for an inquiry: when together they hold {@link RankingSettings#askedAsShare()}
 * of the inquiry's words, each word weighed by its rarity in the entries' text. A learnt wording is another way to
 * ask the entry's question, so it counts when the inquiry asks that question, not because it shares a word or two.
 * <p>
 * Why rarity: an entry linked often gathers many wordings, and their common words ("how do I … my account",
 * 「…できない」) hold most of any inquiry's words. Counted one each, wordings asking how to delete a Facebook account
 * hold 5 of the 7 words of "how do I back up my account?" and drew it to their entry; weighed, the rare words they
 * lack (back, up) keep it shut.
 * Measured on stackfaq dev split by thread (mrr@10): a history of the other half's threads cost 0.010 counted and
 * nothing weighed; a history of other questions of the same threads gained 0.054 counted and 0.046 weighed.
 * <p>
 * A word weighs 1 to {@code askedAsLevels} (its inverse document frequency against the inquiry's rarest word,
 * rounded), and Lucene has no weighted minimum-should-match, so a word of weight n stands n times in the gate's
 * disjunction, each copy with 1/n of its boost: the score is unchanged, the count is weighted. Long inquiries get
 * fewer levels, so the gate never holds more clauses than {@link RankingSettings#maxTermsPerVariant()} words, or
 * the inquiry's words, would (Lucene and the search cluster cap a query at 1,024 clauses).
 */
public final class LearntWordingGate {

    private static final LearntWordingGate COUNTING = new LearntWordingGate(Map.of());

    /** Per variant, the weight of each of its term groups, in the order of {@link QueryTerms#groups()}. */
    private final Map<TriageFields.Variant, int[]> weights;

    private LearntWordingGate(Map<TriageFields.Variant, int[]> weights) {
        this.weights = weights;
    }

    /** Every word counts once: where no index statistics are at hand. */
    public static LearntWordingGate counting() {
        return COUNTING;
    }

    /** Words weighed by their rarity in the index's entry texts. */
    public static LearntWordingGate weighed(Map<TriageFields.Variant, QueryTerms> terms, RankingSettings settings,
                                            RankingIndex index) throws IOException {
        if (settings.askedAs() <= 0 || settings.askedAsLevels() <= 1) {
            return COUNTING;
        }
        Map<TriageFields.Variant, int[]> weights = new EnumMap<>(TriageFields.Variant.class);
        for (Map.Entry<TriageFields.Variant, QueryTerms> entry : terms.entrySet()) {
            List<QueryTerms.TermGroup> groups = entry.getValue().groups();
            String field = TriageFields.field(TriageFields.TEXT, entry.getKey());
            double[] rarity = new double[groups.size()];
            double rarest = 0;
            for (int i = 0; i < groups.size(); i++) {
                rarity[i] = index.idf(field, groups.get(i));
                rarest = Math.max(rarest, rarity[i]);
            }
            int levels = (int) Math.min(settings.askedAsLevels(),
                    Math.max(1, settings.maxTermsPerVariant() / Math.max(1, groups.size())));
            int[] weight = new int[groups.size()];
            for (int i = 0; i < groups.size(); i++) {
                weight[i] = rarest <= 0 ? 1 : (int) Math.max(1, Math.round(levels * rarity[i] / rarest));
            }
            weights.put(entry.getKey(), weight);
        }
        return new LearntWordingGate(weights);
    }

    private int weight(TriageFields.Variant variant, int group) {
        int[] of = weights.get(variant);
        return of == null || group >= of.length ? 1 : of[group];
    }

    /**
     * The inquiry's written words in the learnt-wordings field, each with its boost from {@code boost}, scoring only
     * where the wordings pass the gate; null when the inquiry has no written word.
     */
    Query query(TriageFields.Variant variant, QueryTerms terms, double share,
                ToDoubleFunction<QueryTerms.TermGroup> boost) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int total = 0;
        List<QueryTerms.TermGroup> groups = terms.groups();
        for (int i = 0; i < groups.size(); i++) {
            QueryTerms.TermGroup group = groups.get(i);
            int weight = weight(variant, i);
            total += weight;
            Query word = TriageQuery.termQuery(TriageFields.field(TriageFields.ASKED_AS, variant), group.terms());
            for (int copy = 0; copy < weight; copy++) {
                words.add(new BoostQuery(word, (float) (boost.applyAsDouble(group) / weight)), BooleanClause.Occur.SHOULD);
            }
        }
        return total == 0 ? null : words.setMinimumNumberShouldMatch(TriageQuery.wordsNeeded(share, total)).build();
    }

    /** Whether wordings holding the {@code held} groups of the variant's {@code terms} pass the gate. */
    boolean opens(TriageFields.Variant variant, QueryTerms terms, Collection<QueryTerms.TermGroup> held, double share) {
        int total = 0;
        int holding = 0;
        List<QueryTerms.TermGroup> groups = terms.groups();
        for (int i = 0; i < groups.size(); i++) {
            total += weight(variant, i);
            holding += held.contains(groups.get(i)) ? weight(variant, i) : 0;
        }
        return total > 0 && holding >= TriageQuery.wordsNeeded(share, total);
    }
}
