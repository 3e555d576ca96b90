package org.madoguchi.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * How much of an inquiry one document contains: the idf-weighted share of the inquiry's term groups found in any
 * of the document's text fields. Unlike a BM25 score it ignores term frequency and length, so it reads as
 * "the candidate mentions 80% of what the inquiry is about". A new issue that reuses a known entry's screens and
 * words still leaves its own distinctive terms unmatched.
 */
final class TermCoverage {

    private final RankingIndex index;
    private final RankingSettings settings;

    TermCoverage(RankingIndex index, RankingSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    double of(TriageQuery query, TriageFields.Variant variant, RankingIndex.Hit hit) throws IOException {
        QueryTerms terms = query.terms().get(variant);
        double total = 0;
        double matched = 0;
        for (QueryTerms.TermGroup group : terms.groups()) {
            double weight = query.groupWeight(group) * idf(variant, group);
            total += weight;
            if (contains(hit, variant, group)) {
                matched += weight;
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    /**
     * 1 when the inquiry quotes error codes and the document mentions none of them, else 0: a quoted code the
     * entry does not know is a strong sign of a different issue.
     */
    double codeMissing(TriageQuery query, TriageFields.Variant variant, RankingIndex.Hit hit) throws IOException {
        QueryTerms terms = query.terms().get(variant);
        if (terms == null) {
            return 0;
        }
        boolean anyCode = false;
        for (QueryTerms.TermGroup group : terms.groups()) {
            if (TriageQuery.isCode(group)) {
                anyCode = true;
                if (contains(hit, variant, group)) {
                    return 0;
                }
            }
        }
        return anyCode ? 1 : 0;
    }

    private boolean contains(RankingIndex.Hit hit, TriageFields.Variant variant, QueryTerms.TermGroup group)
            throws IOException {
        for (Map.Entry<String, Double> field : settings.fieldBoosts().entrySet()) {
            if (field.getValue() <= 0) {
                continue;
            }
            String name = TriageFields.field(field.getKey(), variant);
            if (index.contains(hit, name, group.terms())) {
                return true;
            }
            for (List<String> phrase : group.phrases()) {
                if (containsAll(hit, name, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the hit's field holds every word of a phrase (a synonym of several words), wherever they stand. */
    private boolean containsAll(RankingIndex.Hit hit, String field, List<String> phrase) throws IOException {
        for (String word : phrase) {
            if (!index.contains(hit, field, List.of(word))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The idf-weighted share of the hit's title words (read by {@code morphological}, the index-side analysis) that
     * the inquiry uses, its synonyms included.
     */
    double titleShare(TriageQuery query, RankingIndex.Hit hit, Analyzer morphological)
            throws IOException {
        QueryTerms inquiry = query.terms().get(TriageFields.Variant.MORPHOLOGICAL);
        if (inquiry == null || hit.title() == null) {
            return 0;
        }
        Set<String> used = new HashSet<>();
        inquiry.groups().forEach(group -> used.addAll(group.terms()));
        QueryTerms title = QueryTerms.analyze(morphological, TriageFields.field(TriageFields.TITLE,
                TriageFields.Variant.MORPHOLOGICAL), hit.title(), settings.maxChars(), settings.maxTermsPerVariant());
        double total = 0;
        double matched = 0;
        for (QueryTerms.TermGroup group : title.groups()) {
            double weight = idf(TriageFields.Variant.MORPHOLOGICAL, group);
            total += weight;
            if (group.terms().stream().anyMatch(used::contains)) {
                matched += weight;
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    /** BM25's idf of the group in the text field family (the whole collection's view of the term). */
    private double idf(TriageFields.Variant variant, QueryTerms.TermGroup group) throws IOException {
        return index.idf(TriageFields.field(TriageFields.TEXT, variant), group);
    }
}
