package org.madoguchi.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * An inquiry turned into Lucene queries: per variant, one clause per term group, each a DisMax over the text
 * fields with their boosts; the variants summed with their weights. Never throws on user text.
 */
public final class TriageQuery {

    private final Map<TriageFields.Variant, QueryTerms> terms;
    private final RankingSettings settings;
    private final double latinShare;

    private TriageQuery(Map<TriageFields.Variant, QueryTerms> terms, RankingSettings settings, double latinShare) {
        this.terms = terms;
        this.settings = settings;
        this.latinShare = latinShare;
    }

    /** Analyses the inquiry once per active variant, with the query-side analyzers. */
    public static TriageQuery of(String inquiry, JapaneseAnalyzers analyzers, RankingSettings settings) {
        Map<TriageFields.Variant, QueryTerms> terms = new EnumMap<>(TriageFields.Variant.class);
        String text = inquiry;
        for (TriageFields.Variant variant : settings.activeVariants().keySet()) {
            Analyzer analyzer = switch (variant) {
                case MORPHOLOGICAL -> analyzers.morphologicalQuery();
                case BIGRAM -> analyzers.bigram();
                case ENGLISH -> analyzers.english();
                case READING -> analyzers.reading();
            };
            QueryTerms analyzed = QueryTerms.analyze(analyzer, TriageFields.field(TriageFields.BODY, variant),
                    text, settings.maxChars(), settings.maxTermsPerVariant());
            terms.put(variant, analyzed);
            if (variant == TriageFields.Variant.MORPHOLOGICAL && settings.synonymsForBigram() && inquiry != null
                    && !analyzed.synonyms().isEmpty()) {
                // the bigram field knows no synonyms: let it search the synonyms' characters as well
                text = cut(inquiry, settings.maxChars()) + "\n" + String.join(" ", analyzed.synonyms());
            }
        }
        return new TriageQuery(terms, settings, latinShare(inquiry, settings.maxChars()));
    }

    private static String cut(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, maxChars);
    }

    /** Share of Latin letters among the letters of the text: 1 for English, near 0 for Japanese. */
    static double latinShare(String text, int maxChars) {
        if (text == null) {
            return 0;
        }
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < Math.min(text.length(), maxChars); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                latin += Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? 1 : 0;
            }
        }
        return letters == 0 ? 0 : (double) latin / letters;
    }

    /**
     * The weight of a variant for this inquiry: English text leans on the English analysis and drops the bigrams,
     * which only add noise to space-separated words; Japanese text keeps the configured weights.
     */
    public double weight(TriageFields.Variant variant) {
        return switch (variant) {
            case ENGLISH -> settings.english() + (settings.englishForLatin() - settings.english()) * latinShare;
            case BIGRAM -> settings.bigram() * (1 - latinShare);
            case MORPHOLOGICAL -> settings.morphological();
            case READING -> settings.reading() * (1 - latinShare);
        };
    }

    public boolean isEmpty() {
        return terms.values().stream().allMatch(QueryTerms::isEmpty);
    }

    public Map<TriageFields.Variant, QueryTerms> terms() {
        return terms;
    }

    public RankingSettings settings() {
        return settings;
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z]{1,6}[0-9]{2,6}");

    /**
     * Weight of a term group: grows with its count in the inquiry, but slowly (long mails repeat words); an error
     * code such as e1021 weighs more, as it names one issue.
     */
    double groupWeight(QueryTerms.TermGroup group) {
        double weight = 1.0 + Math.log(group.count());
        return isCode(group) ? weight * settings.codeBoost() : weight;
    }

    /** Whether a term group is an error code such as e1021 (letters then digits, joined by the analysis). */
    static boolean isCode(QueryTerms.TermGroup group) {
        return group.terms().stream().anyMatch(term -> CODE.matcher(term).matches());
    }

    /** All variants together: the ranking query. */
    public Query query() {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        for (TriageFields.Variant variant : terms.keySet()) {
            Query one = variantQuery(variant);
            if (!(one instanceof MatchNoDocsQuery) && weight(variant) > 0) {
                all.add(new BoostQuery(one, (float) weight(variant)), BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        return any ? all.build() : new MatchNoDocsQuery("no terms in inquiry");
    }

    /** One variant alone, unweighted: used to compare the variants' rankings. */
    public Query variantQuery(TriageFields.Variant variant) {
        QueryTerms variantTerms = terms.get(variant);
        if (variantTerms == null || variantTerms.isEmpty()) {
            return new MatchNoDocsQuery("no terms for " + variant);
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (QueryTerms.TermGroup group : variantTerms.groups()) {
            builder.add(new BoostQuery(groupQuery(group, variant), (float) groupWeight(group)),
                    BooleanClause.Occur.SHOULD);
        }
        if (variant == TriageFields.Variant.MORPHOLOGICAL && settings.proximity() > 0
                && !variantTerms.pairs().isEmpty()) {
            builder.add(new BoostQuery(proximityQuery(variantTerms.pairs()), (float) settings.proximity()),
                    BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    /** Neighbouring inquiry words that stand close together in an entry as well (slop 2), per field as DisMax. */
    private Query proximityQuery(List<QueryTerms.TermPair> pairs) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (QueryTerms.TermPair pair : pairs) {
            List<Query> perField = new ArrayList<>();
            settings.fieldBoosts().forEach((textField, boost) -> {
                if (boost > 0) {
                    String field = TriageFields.field(textField, TriageFields.Variant.MORPHOLOGICAL);
                    PhraseQuery phrase = new PhraseQuery.Builder()
                            .add(new Term(field, pair.first()), 0)
                            .add(new Term(field, pair.second()), pair.gap())
                            .setSlop(2)
                            .build();
                    perField.add(new BoostQuery(phrase, boost.floatValue()));
                }
            });
            builder.add(new DisjunctionMaxQuery(perField, (float) settings.fieldTie()), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    private Query groupQuery(QueryTerms.TermGroup group, TriageFields.Variant variant) {
        List<Query> perField = new ArrayList<>();
        settings.fieldBoosts().forEach((textField, boost) -> {
            if (boost > 0) {
                perField.add(new BoostQuery(termQuery(TriageFields.field(textField, variant), group.terms()),
                        boost.floatValue()));
            }
        });
        return new DisjunctionMaxQuery(perField, (float) settings.fieldTie());
    }

    static Query termQuery(String field, List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
        for (String term : terms) {
            synonyms.addTerm(new Term(field, term));
        }
        return synonyms.build();
    }
}
