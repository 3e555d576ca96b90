package org.madoguchi.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
 * An inquiry turned into Lucene queries: per variant, one clause per term group and field with its boost; the
 * variants summed with their weights. Never throws on user text.
 */
public final class TriageQuery {

    private final InquiryTerms inquiry;
    private final Map<TriageFields.Variant, QueryTerms> terms;
    private final RankingSettings settings;
    private final LearntWordingGate gate;
    /** Factor of the bigram family's weight, from how much of the inquiry the index's words cover ({@link KnownWordShare}). */
    private final double bigramFactor;

    private TriageQuery(InquiryTerms inquiry, RankingSettings settings, LearntWordingGate gate, double bigramFactor) {
        this.inquiry = inquiry;
        this.terms = inquiry.terms();
        this.settings = settings;
        this.gate = gate;
        this.bigramFactor = bigramFactor;
    }

    /** Analyses the inquiry once per active variant, with the query-side analyzers. */
    public static TriageQuery of(String inquiry, JapaneseAnalyzers analyzers, RankingSettings settings) {
        return of(inquiry, analyzers, settings, ReadingLexicon.empty());
    }

    /**
     * As {@link #of(String, JapaneseAnalyzers, RankingSettings)}, and the index words that the inquiry's kana runs
     * may stand for ({@code lexicon}) are searched as well ({@link InquiryTerms}).
     */
    public static TriageQuery of(String inquiry, JapaneseAnalyzers analyzers, RankingSettings settings,
                                 ReadingLexicon lexicon) {
        return new TriageQuery(InquiryTerms.analyse(inquiry, analyzers, settings, lexicon), settings,
                LearntWordingGate.counting(), 1);
    }

    /**
     * The inquiry as searched in {@code index}: its kana runs read against the index's words, the learnt
     * wordings' gate weighing the inquiry's words by their rarity there ({@link LearntWordingGate}), and the bigram
     * family weighed by how many of the inquiry's words the index knows ({@link KnownWordShare}).
     */
    public static TriageQuery of(String inquiry, JapaneseAnalyzers analyzers, RankingSettings settings,
                                 RankingIndex index) throws IOException {
        TriageQuery counted = of(inquiry, analyzers, settings, index.lexicon());
        double bigramFactor = settings.bigramByKnownShare() <= 0 ? 1 : KnownWordShare.bigramFactor(
                KnownWordShare.of(counted.terms.get(TriageFields.Variant.MORPHOLOGICAL), index, counted::groupWeight),
                settings.bigramByKnownShare());
        return new TriageQuery(counted.inquiry, settings, LearntWordingGate.weighed(counted.terms, settings, index),
                bigramFactor);
    }

    /**
     * The weight of a variant for this inquiry: English text leans on the English analysis and drops the bigrams,
     * which only add noise to space-separated words; Japanese text keeps the configured weights, but for the bigrams,
     * which lean back when the index knows few of the inquiry's words.
     */
    public double weight(TriageFields.Variant variant) {
        double latinShare = inquiry.latinShare();
        return switch (variant) {
            case ENGLISH -> settings.english() + (settings.englishForLatin() - settings.english()) * latinShare;
            case BIGRAM -> settings.bigram() * (1 - latinShare) * bigramFactor;
            case MORPHOLOGICAL -> settings.morphological();
            case READING -> settings.reading() * (1 - latinShare);
        };
    }

    /** Whether the inquiry is written mostly in Latin letters (English), not in Japanese. */
    public boolean isMostlyLatin() {
        return inquiry.latinShare() > 0.5;
    }

    public boolean isEmpty() {
        return terms.values().stream().allMatch(QueryTerms::isEmpty);
    }

    public Map<TriageFields.Variant, QueryTerms> terms() {
        return terms;
    }

    /** Whether the inquiry's kana runs were read as index words ({@link ReadingLexicon}). */
    public boolean readKana() {
        return inquiry.readKana();
    }

    public RankingSettings settings() {
        return settings;
    }

    private static final Pattern CODE = Pattern.compile("[a-z]{1,6}[0-9]{2,6}");

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

    /**
     * All variants together: the ranking query. One flat disjunction of every (variant, term group) clause with the
     * variant's weight folded into the clause boost: the same scores as nesting a query per variant, but Lucene's
     * MaxScore/WAND pruning works on one level only, and a flat disjunction lets it skip the frequent, low-scoring
     * terms on most documents.
     */
    public Query query() {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        for (TriageFields.Variant variant : terms.keySet()) {
            double weight = weight(variant);
            QueryTerms variantTerms = terms.get(variant);
            if (weight <= 0 || variantTerms.isEmpty()) {
                continue;
            }
            for (Clause clause : clauses(variant)) {
                all.add(new BoostQuery(clause.query(), (float) (weight * clause.boost())), BooleanClause.Occur.SHOULD);
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
        for (Clause clause : clauses(variant)) {
            builder.add(new BoostQuery(clause.query(), (float) clause.boost()), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    private record Clause(Query query, double boost) {
    }

    /**
     * The clauses of one variant: per term group, one on the text and one on the title, their scores added; the
     * learnt wordings ({@link #learntWordingsQuery}); and the proximity clause.
     */
    private List<Clause> clauses(TriageFields.Variant variant) {
        QueryTerms variantTerms = terms.get(variant);
        List<Clause> clauses = new ArrayList<>();
        for (QueryTerms.TermGroup group : variantTerms.groups()) {
            double weight = groupWeight(group);
            if (settings.text() > 0) {
                clauses.add(new Clause(groupQuery(TriageFields.field(TriageFields.TEXT, variant), group),
                        weight * settings.text()));
            }
            clauses.add(new Clause(new BoostQuery(groupQuery(TriageFields.field(TriageFields.TITLE, variant),
                    group), (float) settings.title()), weight));
        }
        Query learnt = learntWordingsQuery(variantTerms, variant);
        if (learnt != null) {
            clauses.add(new Clause(learnt, settings.askedAs()));
        }
        if (variant == TriageFields.Variant.MORPHOLOGICAL && settings.proximity() > 0
                && !variantTerms.pairs().isEmpty()) {
            clauses.add(new Clause(proximityQuery(variantTerms.pairs()), settings.proximity()));
        }
        return clauses;
    }

    /**
     * Entries asked before in (nearly) these words: the inquiry's words in an entry's learnt wordings, scored only
     * where those wordings pass the {@link LearntWordingGate}. Their score adds to the title's and the text's: the
     * gate, not a maximum per word, keeps the polite phrases of long linked mails from lifting their entry for every
     * polite inquiry. Null when learning is off.
     */
    private Query learntWordingsQuery(QueryTerms variantTerms, TriageFields.Variant variant) {
        return settings.askedAs() <= 0 ? null
                : gate.query(variant, variantTerms, settings.askedAsShare(), this::groupWeight);
    }

    /** Whether learnt wordings holding these of the inquiry's (Kuromoji) words lift their entry. */
    public boolean learntWordingsHold(Collection<QueryTerms.TermGroup> held) {
        QueryTerms morphological = terms.get(TriageFields.Variant.MORPHOLOGICAL);
        return morphological != null
                && gate.opens(TriageFields.Variant.MORPHOLOGICAL, morphological, held, settings.askedAsShare());
    }

    /** How many of an inquiry's {@code words} (or word weights) make {@code share} of them: at least one. */
    static int wordsNeeded(double share, int words) {
        return Math.max(1, (int) Math.ceil(share * words));
    }

    /** Neighbouring inquiry words that stand close together (slop 2) in an entry's text as well. */
    private static Query proximityQuery(List<QueryTerms.TermPair> pairs) {
        String field = TriageFields.field(TriageFields.TEXT, TriageFields.Variant.MORPHOLOGICAL);
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (QueryTerms.TermPair pair : pairs) {
            builder.add(new PhraseQuery.Builder()
                    .add(new Term(field, pair.first()), 0)
                    .add(new Term(field, pair.second()), pair.gap())
                    .setSlop(2)
                    .build(), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    /**
     * A word with its synonyms: its one-word synonyms as one term ({@link #termQuery}), its synonyms of several words
     * as phrases; an entry scores by the better of them, so 管理台帳 does not count twice for 台帳.
     */
    static Query groupQuery(String field, QueryTerms.TermGroup group) {
        Query words = termQuery(field, group.terms());
        if (group.phrases().isEmpty()) {
            return words;
        }
        List<Query> alternatives = new ArrayList<>();
        alternatives.add(words);
        for (List<String> phrase : group.phrases()) {
            alternatives.add(new PhraseQuery(field, phrase.toArray(String[]::new)));
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
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
