package org.madoguchi.search;

import java.io.IOException;
import java.util.function.ToDoubleFunction;

/**
 * How much of an inquiry the history's vocabulary covers: the share of its Kuromoji words, each by its weight in the
 * query, that some entry's title, text or learnt wordings hold. A low share means misspellings or kana that Kuromoji
 * cut into fragments (ちゅうき → ちゅう + き); the character bigrams of such text are the fragments' bigrams, which match
 * particles and endings in every entry, so the ranking leans less on them ({@link RankingSettings#bigramByKnownShare()}).
 * <p>
 * Measured on sewer-ja dev (hit@1 / mrr@10 / recall at precision 0.90): bigram weight × share^0.25 gave 0.958 → 0.964
 * / 0.978 → 0.981 / 0.851 → 0.857, and typed in kana 0.875 → 0.893 / 0.918 → 0.929 / 0.786 → 0.780; the English sets
 * do not move (their bigram family is already off). A power of 0.5 ranked kana a little better still but made the
 * known/new proposal surer of near neighbours (dev with its answers left out: 0.661 → 0.631, against 0.649 at 0.25).
 */
final class KnownWordShare {

    /** Below this share the bigram weight stops falling: an inquiry of unknown words still ranks by something. */
    private static final double FLOOR = 0.05;

    private KnownWordShare() {
    }

    /** The share, 1 when the inquiry has no Kuromoji word (nothing to judge by). */
    static double of(QueryTerms morphological, RankingIndex index, ToDoubleFunction<QueryTerms.TermGroup> weight)
            throws IOException {
        if (morphological == null || morphological.isEmpty()) {
            return 1;
        }
        double total = 0;
        double known = 0;
        for (QueryTerms.TermGroup group : morphological.groups()) {
            double w = weight.applyAsDouble(group);
            total += w;
            known += held(group, index) ? w : 0;
        }
        return total <= 0 ? 1 : known / total;
    }

    /** The factor of the bigram family's weight for a share. */
    static double bigramFactor(double share, double power) {
        return power <= 0 ? 1 : Math.pow(Math.max(FLOOR, Math.min(1, share)), power);
    }

    private static boolean held(QueryTerms.TermGroup group, RankingIndex index) throws IOException {
        for (String field : TriageFields.TEXT_FIELDS) {
            if (index.docFreq(TriageFields.field(field, TriageFields.Variant.MORPHOLOGICAL), group) > 0) {
                return true;
            }
        }
        return false;
    }
}
