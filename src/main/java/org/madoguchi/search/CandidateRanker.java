package org.madoguchi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Ranks the history for an inquiry and proposes known/new. Runs the combined query for the candidates, then measures
 * how far the best candidate explains the inquiry (score against the maximum possible, term shares read from the
 * postings); each variant alone is searched only when the policy weighs the variants' agreement.
 */
public final class CandidateRanker {

    private static final int VARIANT_DEPTH = 10;

    private final JapaneseAnalyzers analyzers;
    private final RankingSettings settings;
    private final ProposalPolicy policy;
    private final boolean compareVariants;

    public CandidateRanker(JapaneseAnalyzers analyzers, RankingSettings settings, ProposalPolicy policy) {
        this(analyzers, settings, policy, false);
    }

    /**
     * @param measureAllFeatures also run each variant alone, for the features the policy does not use (costs one
     *                           search per variant; the eval tool's {@code --features} needs them)
     */
    public CandidateRanker(JapaneseAnalyzers analyzers, RankingSettings settings, ProposalPolicy policy,
                           boolean measureAllFeatures) {
        this.analyzers = analyzers;
        this.settings = settings;
        this.policy = policy;
        this.compareVariants = measureAllFeatures || policy.comparesVariants();
    }

    public TriageQuery query(String inquiry) {
        return query(inquiry, ReadingLexicon.empty());
    }

    /** The inquiry as a query; its kana runs are also read as the words of {@code lexicon}. */
    public TriageQuery query(String inquiry, ReadingLexicon lexicon) {
        return TriageQuery.of(inquiry, analyzers, settings, lexicon);
    }

    /** The inquiry as searched in {@code index} (its words, their rarity there). */
    public TriageQuery query(String inquiry, RankingIndex index) throws IOException {
        return TriageQuery.of(inquiry, analyzers, settings, index);
    }

    public TriageResult triage(IndexSearcher searcher, String inquiry, Query filter, int limit) {
        return triage(new LuceneRankingIndex(searcher, ReadingLexicon.empty()), inquiry, filter, limit);
    }

    public TriageResult triage(IndexSearcher searcher, String inquiry, Query filter, int limit, ReadingLexicon lexicon) {
        return triage(new LuceneRankingIndex(searcher, lexicon), inquiry, filter, limit);
    }

    /**
     * @param index  where to search: the inquiry's kana runs are read against its lexicon
     * @param filter restricts what may be found (kind, time, exclusions), or null for everything
     * @param limit  candidates returned at most
     */
    public TriageResult triage(RankingIndex index, String inquiry, Query filter, int limit) {
        try {
            return triage(index, inquiry, query(inquiry, index), filter, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #triage(RankingIndex, String, Query, int)}, with the inquiry already made a query in this index. */
    public TriageResult triage(RankingIndex index, String inquiry, TriageQuery query, Query filter, int limit) {
        try {
            if (query.isEmpty() || limit <= 0) {
                return TriageResult.empty();
            }
            List<RankingIndex.Hit> top = index.search(filtered(query.query(), filter), 0, Math.max(limit, 2));
            List<Candidate> candidates = top.stream().limit(limit).map(RankingIndex.Hit::candidate)
                    .collect(Collectors.toCollection(ArrayList::new));
            Candidate repeat = sameWordingAsLinked(index, inquiry, query, filter, candidates);
            if (repeat != null) {
                List<Candidate> reordered = new ArrayList<>(List.of(repeat));
                candidates.stream().filter(c -> !c.id().equals(repeat.id())).limit(limit - 1L)
                        .forEach(reordered::add);
                return new TriageResult(reordered, TriageProposal.repeat(repeat, REPEAT_CONFIDENCE));
            }
            if (candidates.isEmpty()) {
                return TriageResult.empty();
            }
            ProposalFeatures features = features(index, query, filter, top);
            return new TriageResult(candidates, policy.propose(candidates.get(0), features));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Confidence of a proposal resting on an exact repeat of a wording an agent linked before. */
    static final double REPEAT_CONFIDENCE = 0.99;

    /**
     * The entry an agent already linked an inquiry worded exactly like this one to (learning from decisions):
     * it goes first, above anything the ranking prefers. When agents linked this wording to several entries over
     * time (a case and the article written from it, say), the one the ranking finds closest to the inquiry.
     */
    private static Candidate sameWordingAsLinked(RankingIndex index, String inquiry, TriageQuery query, Query filter,
                                                 List<Candidate> ranked) throws IOException {
        String key = WordingKey.of(inquiry);
        // most inquiries were never linked word for word: a local index's terms tell without a search
        if (key == null || !index.mayHold(TriageFields.ASKED_AS_EXACT, key)) {
            return null;
        }
        Query heldByLinked = new BooleanQuery.Builder()
                .add(query.query(), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(TriageFields.ASKED_AS_EXACT, key)), BooleanClause.Occur.FILTER)
                .build();
        List<RankingIndex.Hit> exact = index.search(filtered(heldByLinked, filter), 0, 1);
        if (exact.isEmpty()) {
            return null;
        }
        RankingIndex.Hit hit = exact.get(0);
        float score = ranked.isEmpty() ? 1f : ranked.get(0).score();
        return new Candidate(hit.id(), hit.kind(), hit.title(), score);
    }

    static Query filtered(Query query, Query filter) {
        if (filter == null) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
    }

    private ProposalFeatures features(RankingIndex index, TriageQuery query, Query filter, List<RankingIndex.Hit> top)
            throws IOException {
        RankingIndex.Hit first = top.get(0);
        double second = nextIssueScore(index, filtered(query.query(), filter), top, top.size());
        MaximumScore maximum = new MaximumScore(index, settings);
        TermCoverage termCoverage = new TermCoverage(index, settings);
        double morphologicalShare = 0;
        double bigramShare = 0;
        double codeMissing = 0;
        double overallMax = 0;
        double morphological = 0;
        double bigram = 0;
        int variants = 0;
        int agreeing = 0;
        for (Map.Entry<TriageFields.Variant, QueryTerms> entry : query.terms().entrySet()) {
            TriageFields.Variant variant = entry.getKey();
            double variantMax = maximum.of(query, variant);
            overallMax += query.weight(variant) * variantMax;
            if (entry.getValue().isEmpty()) {
                continue;
            }
            double coverage = 0;
            if (compareVariants) {
                List<RankingIndex.Hit> alone = index.search(filtered(query.variantQuery(variant), filter), 0, VARIANT_DEPTH);
                variants++;
                agreeing += !alone.isEmpty() && alone.get(0).id().equals(first.id()) ? 1 : 0;
                coverage = ratio(scoreOf(alone, first), variantMax);
            }
            if (variant == TriageFields.Variant.MORPHOLOGICAL) {
                morphological = coverage;
                morphologicalShare = termCoverage.of(query, variant, first);
            } else if (variant == TriageFields.Variant.BIGRAM) {
                bigram = coverage;
                bigramShare = termCoverage.of(query, variant, first);
                codeMissing = termCoverage.codeMissing(query, variant, first);
            }
        }
        return new ProposalFeatures(ratio(first.score(), overallMax), ratio(first.score() - second, first.score()),
                morphological, bigram, variants == 0 ? 0 : (double) agreeing / variants,
                morphologicalShare, bigramShare, codeMissing, termCoverage.titleShare(query, first, analyzers.morphological()));
    }

    /**
     * The score of the best candidate that is not a word-for-word repeat of the first ({@link RepeatedEntries}): a
     * recurring issue filed many times in the same words is one issue, and its copies must not make it look doubtful.
     * Repeats are rare, so the hits already read usually tell; only a list of nothing but repeats is read deeper.
     */
    private static double nextIssueScore(RankingIndex index, Query query, List<RankingIndex.Hit> top, int read)
            throws IOException {
        List<RankingIndex.Hit> hits = top;
        for (int requested = read; ; requested *= 4) {
            for (RankingIndex.Hit hit : hits.subList(1, hits.size())) {
                if (!RepeatedEntries.repeats(hits.get(0).candidate(), hit.candidate())) {
                    return hit.score();
                }
            }
            if (hits.size() < requested || requested >= MAX_REPEATS_READ) {
                return 0;
            }
            hits = index.search(query, 0, requested * 4);
        }
    }

    /** Hits read at most to find the next issue after the repeats of the first. */
    private static final int MAX_REPEATS_READ = 1000;

    private static double scoreOf(List<RankingIndex.Hit> hits, RankingIndex.Hit wanted) {
        for (RankingIndex.Hit hit : hits) {
            if (hit.id().equals(wanted.id()) && Objects.equals(hit.kind(), wanted.kind())) {
                return hit.score();
            }
        }
        return 0;
    }

    private static double ratio(double part, double whole) {
        return whole <= 0 ? 0 : Math.max(0, Math.min(1, part / whole));
    }
}
