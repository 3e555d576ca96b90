package org.madoguchi.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * An upper bound of the score an inquiry can reach on this index: per term group, its weight times the best
 * field's boost × BM25 idf among the fields that contain it (Lucene's BM25 term score never exceeds boost × idf).
 * Terms the index has never seen count with the highest text idf, so an inquiry about something absent gets a
 * low top-score ratio.
 */
final class MaximumScore {

    private final RankingIndex index;
    private final RankingSettings settings;

    MaximumScore(RankingIndex index, RankingSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    double of(TriageQuery query, TriageFields.Variant variant) throws IOException {
        QueryTerms terms = query.terms().get(variant);
        double total = 0;
        for (QueryTerms.TermGroup group : terms.groups()) {
            double best = 0;
            for (Map.Entry<String, Double> field : settings.fieldBoosts().entrySet()) {
                if (field.getValue() > 0) {
                    String name = TriageFields.field(field.getKey(), variant);
                    best = Math.max(best, field.getValue() * idf(name, group, false));
                    for (List<String> phrase : group.phrases()) {
                        best = Math.max(best, field.getValue() * phraseIdf(name, phrase));
                    }
                }
            }
            if (best == 0) {
                // a term no entry contains: it still counts, as much as a unique text term would
                best = settings.text() * idf(TriageFields.field(TriageFields.TEXT, variant), group, true);
            }
            total += query.groupWeight(group) * best;
        }
        return total;
    }

    /** A phrase's BM25 weight, the sum of its words' idf (as Lucene's phrase scoring), or 0 if a word is absent. */
    private double phraseIdf(String field, List<String> phrase) throws IOException {
        long docCount = index.docCount(field);
        double sum = 0;
        for (String word : phrase) {
            int docFreq = index.docFreq(field, word);
            if (docFreq == 0) {
                return 0;
            }
            sum += RankingIndex.idf(docCount, docFreq);
        }
        return sum;
    }

    /** BM25 idf of the group in a field; 0 where the field lacks the terms, unless {@code unseenCounts}. */
    private double idf(String field, QueryTerms.TermGroup group, boolean unseenCounts) throws IOException {
        long docCount = index.docCount(field);
        if (docCount == 0) {
            return 0;
        }
        int docFreq = index.docFreq(field, group);
        return docFreq == 0 && !unseenCounts ? 0 : RankingIndex.idf(docCount, docFreq);
    }
}
