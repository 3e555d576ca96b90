package org.madoguchi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

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

    public TriageResult triage(IndexSearcher searcher, String inquiry, Query filter, int limit) {
        return triage(searcher, inquiry, filter, limit, ReadingLexicon.empty());
    }

    /**
     * @param filter restricts what may be found (kind, time, exclusions), or null for everything
     * @param limit  candidates returned at most
     * @param lexicon the index's words by reading, for inquiries typed in kana ({@link ReadingLexicon#empty()} for none)
     */
    public TriageResult triage(IndexSearcher searcher, String inquiry, Query filter, int limit, ReadingLexicon lexicon) {
        TriageQuery query = query(inquiry, lexicon);
        if (query.isEmpty() || limit <= 0) {
            return TriageResult.empty();
        }
        try {
            int depth = Math.max(limit, 2);
            // the total hit count is never shown: skipping non-competitive entries may start at once, not after 1,000
            TopDocs top = searcher.search(filtered(query.query(), filter),
                    new TopScoreDocCollectorManager(depth, null, depth));
            List<Candidate> candidates = toCandidates(searcher, top, limit);
            Candidate repeat = sameWordingAsLinked(searcher, inquiry, filter, candidates);
            if (repeat != null) {
                List<Candidate> reordered = new ArrayList<>(List.of(repeat));
                candidates.stream().filter(c -> !c.id().equals(repeat.id())).limit(limit - 1L)
                        .forEach(reordered::add);
                return new TriageResult(reordered, new TriageProposal(TriageProposal.Decision.KNOWN, REPEAT_CONFIDENCE,
                        repeat, ProposalFeatures.NONE));
            }
            if (candidates.isEmpty()) {
                return TriageResult.empty();
            }
            ProposalFeatures features = features(searcher, query, filter, top);
            return new TriageResult(candidates, policy.propose(candidates.get(0), features));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Confidence of a proposal resting on an exact repeat of a wording an agent linked before. */
    static final double REPEAT_CONFIDENCE = 0.99;

    /**
     * The entry an agent already linked an inquiry worded exactly like this one to (learning from decisions):
     * it goes first, above anything the ranking prefers.
     */
    private static Candidate sameWordingAsLinked(IndexSearcher searcher, String inquiry, Query filter,
                                                 List<Candidate> ranked) throws IOException {
        String key = WordingKey.of(inquiry);
        if (key == null) {
            return null;
        }
        TopDocs exact = searcher.search(filtered(new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term(TriageFields.ASKED_AS_EXACT, key)), filter), 1);
        if (exact.scoreDocs.length == 0) {
            return null;
        }
        Document doc = searcher.storedFields().document(exact.scoreDocs[0].doc);
        float score = ranked.isEmpty() ? 1f : ranked.get(0).score();
        return new Candidate(doc.get(TriageFields.ID), doc.get(TriageFields.KIND), doc.get(TriageFields.TITLE), score);
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

    private static List<Candidate> toCandidates(IndexSearcher searcher, TopDocs top, int limit) throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            if (candidates.size() == limit) {
                break;
            }
            Document doc = searcher.storedFields().document(hit.doc);
            candidates.add(new Candidate(doc.get(TriageFields.ID), doc.get(TriageFields.KIND),
                    doc.get(TriageFields.TITLE), hit.score));
        }
        return candidates;
    }

    private ProposalFeatures features(IndexSearcher searcher, TriageQuery query, Query filter, TopDocs top)
            throws IOException {
        ScoreDoc first = top.scoreDocs[0];
        double second = top.scoreDocs.length > 1 ? top.scoreDocs[1].score : 0;
        MaximumScore maximum = new MaximumScore(searcher, settings);
        TermCoverage termCoverage = new TermCoverage(searcher, settings);
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
                TopDocs alone = searcher.search(filtered(query.variantQuery(variant), filter), VARIANT_DEPTH);
                variants++;
                agreeing += alone.scoreDocs.length > 0 && alone.scoreDocs[0].doc == first.doc ? 1 : 0;
                coverage = ratio(scoreOf(alone, first.doc), variantMax);
            }
            if (variant == TriageFields.Variant.MORPHOLOGICAL) {
                morphological = coverage;
                morphologicalShare = termCoverage.of(query, variant, first.doc);
            } else if (variant == TriageFields.Variant.BIGRAM) {
                bigram = coverage;
                bigramShare = termCoverage.of(query, variant, first.doc);
                codeMissing = termCoverage.codeMissing(query, variant, first.doc);
            }
        }
        return new ProposalFeatures(ratio(first.score, overallMax), ratio(first.score - second, first.score),
                morphological, bigram, variants == 0 ? 0 : (double) agreeing / variants,
                morphologicalShare, bigramShare, codeMissing);
    }

    private static double scoreOf(TopDocs docs, int doc) {
        for (ScoreDoc hit : docs.scoreDocs) {
            if (hit.doc == doc) {
                return hit.score;
            }
        }
        return 0;
    }

    private static double ratio(double part, double whole) {
        return whole <= 0 ? 0 : Math.max(0, Math.min(1, part / whole));
    }
}
