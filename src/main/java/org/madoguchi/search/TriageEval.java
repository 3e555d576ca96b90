package org.madoguchi.search;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The evaluation command ({@code bin/triage-eval}): builds a fresh in-memory index of the corpus with the product's
 * analysis and ranking, optionally replays a history of linked inquiries into {@code askedAs}, runs every query and
 * prints the metrics as one JSON object on the last line.
 *
 * <pre>
 * --corpus C.jsonl --queries Q.jsonl [--history H.jsonl | --history-split same|other [--without-history]]
 * [--threshold X] [--baseline bigram]
 * [--set name=value]... (ranking settings, for tuning) [--features out.tsv] [--misses] [--kana kanji|all] [--reader]
 * [--leave-answer-out] [--compare name=value]... (the same queries with settings changed, compared query by query)
 * [--policy "bias,w1,...,w9"] (another known/new proposal)
 * [--fit] (fits the proposal to these queries: {@link ProposalFit})
 * </pre>
 */
public final class TriageEval {

    private static final int DEPTH = 10;
    private static final int WARM_UP_QUERIES = 20;

    private final JapaneseAnalyzers analyzers;
    private final CandidateRanker ranker;
    private final RankingSettings settings;
    /** Ranks as a reader's search does ({@link ReaderSearch}), without a known/new proposal. */
    private final boolean reader;
    /** Each measured query that says whether it is known, as the proposal saw it: what {@code --fit} fits. */
    private final List<ProposalFit.Example> examples = new ArrayList<>();

    TriageEval(JapaneseAnalyzers analyzers, RankingSettings settings, ProposalPolicy policy, boolean allFeatures,
               boolean reader) {
        this.analyzers = analyzers;
        this.reader = reader;
        this.settings = settings;
        this.ranker = new CandidateRanker(analyzers, settings, policy, allFeatures);
    }

    public static void main(String[] args) throws IOException {
        try {
            run(args);
        } catch (IllegalArgumentException e) { // a file that is not a set, an unknown option or setting: say which
            System.err.println("triage-eval: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void run(String[] args) throws IOException {
        EvalOptions options = new EvalOptions(args);
        if (!options.has("corpus") || !options.has("queries")) {
            System.err.println("usage: triage-eval --corpus C.jsonl --queries Q.jsonl [--history H.jsonl"
                    + " | --history-split same|other [--without-history]]"
                    + " [--threshold X] [--baseline bigram] [--set name=value]... [--features F.tsv] [--misses]"
                    + " [--analysis DIR] [--kana kanji|all] [--reader] [--leave-answer-out] [--compare name=value]..."
                    + " [--policy BIAS,W1,...,W9] [--fit]");
            System.exit(2);
        }
        RankingSettings settings = options.applied("set", RankingSettings.defaults());
        ProposalPolicy policy = options.has("policy")
                ? ProposalPolicy.parse(options.value("policy"), ProposalPolicy.defaults().threshold())
                : ProposalPolicy.defaults();
        if (options.has("threshold")) {
            String threshold = options.value("threshold");
            try {
                policy = policy.withThreshold(Double.parseDouble(threshold));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--threshold takes a number between 0 and 1, not " + threshold);
            }
        }
        List<EvalQuery> queries = EvalData.readQueries(Path.of(options.value("queries")));
        EvalSetCheck.Checked checked = EvalSetCheck.of(EvalData.readCorpus(Path.of(options.value("corpus"))), queries);
        checked.warnings().forEach(warning -> System.err.println("warning: " + warning));
        List<TriageDocument> corpus = checked.corpus();
        JapaneseAnalyzers analyzers = new JapaneseAnalyzers(analysis(options));
        if (options.has("kana")) {
            queries = inKana(queries, new KanaSpelling(analyzers.spelling(), "all".equals(options.value("kana"))));
        }
        if (options.has("history")) {
            corpus = replayHistory(corpus, EvalData.readQueries(Path.of(options.value("history"))));
        }
        if (options.has("history-split")) {
            // half the queries replayed as history, the other half measured ({@link HistorySplit})
            HistorySplit.Halves halves = HistorySplit.split(queries, HistorySplit.Mode.of(options.value("history-split")));
            if (!options.has("without-history")) {
                corpus = replayHistory(corpus, halves.history());
            }
            queries = halves.measured();
        }
        LeftOutAnswers leftOut = LeftOutAnswers.none();
        if (options.has("leave-answer-out")) {
            // after the history is replayed: a left-out answer is left out with what was learnt for it
            leftOut = LeftOutAnswers.of(queries);
            queries = leftOut.queries();
        }
        TriageEval eval = new TriageEval(analyzers, settings, policy, options.has("features"), options.has("reader"));
        EvalMetrics metrics = eval.run(corpus, queries, leftOut, options.has("misses") ? System.out : null,
                options.has("features") ? Path.of(options.value("features")) : null);
        if (options.has("fit")) {
            System.out.println("fit " + EvalJson.format(fitted(ProposalFit.fit(eval.examples, policy))));
        }
        Map<String, Object> summary = metrics.summary();
        summary.put("threshold", policy.threshold());
        if ("bigram".equals(options.value("baseline"))) {
            EvalMetrics baseline = runBaseline(corpus, queries);
            System.out.println("baseline_bigram " + EvalJson.format(baseline.summary()));
            summary.put("baseline_bigram", baseline.summary());
            summary.put("ci95_over_baseline", metrics.intervalsOfDifferenceFrom(baseline));
        }
        if (options.has("compare")) {
            // the same queries with some settings changed, compared query by query
            EvalMetrics variant = new TriageEval(analyzers, options.applied("compare", settings), policy, false,
                    options.has("reader")).run(corpus, queries, leftOut, null, null);
            System.out.println("variant " + EvalJson.format(variant.summary()));
            summary.put("variant", variant.summary());
            summary.put("ci95_variant_over_this", variant.intervalsOfDifferenceFrom(metrics));
        }
        System.out.println(EvalJson.format(summary));
    }

    private static Map<String, Object> fitted(ProposalFit.Fitted fit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policy", fit.policy().setting());
        out.put("features", "bias," + String.join(",", ProposalFeatures.names()));
        out.put("examples", fit.examples());
        out.put("right", fit.right());
        out.put("cv_known_recall_at_p90", fit.cvRecallAtP90());
        out.put("fitted_known_recall_at_p90", fit.recallAtP90());
        out.put("bias_shift", fit.shift());
        return out;
    }

    /** The queries as typed without kana-to-kanji conversion ({@link KanaSpelling}). */
    static List<EvalQuery> inKana(List<EvalQuery> queries, KanaSpelling kana) {
        return queries.stream().map(q -> new EvalQuery(q.id(), kana.respell(q.text()), q.relevant(), q.grades(),
                q.known(), q.exclude(), q.created())).toList();
    }

    /**
     * Appends each history inquiry to the {@code askedAs} of the entries it was linked to, but to none worded as it is
     * (the server learns nothing from those).
     */
    static List<TriageDocument> replayHistory(List<TriageDocument> corpus, List<EvalQuery> history) {
        Map<String, TriageDocument> byId = new LinkedHashMap<>();
        corpus.forEach(entry -> byId.put(entry.id(), entry));
        for (EvalQuery inquiry : history) {
            for (String id : inquiry.relevant()) {
                byId.computeIfPresent(id, (key, entry) -> entry.isOwnWording(inquiry.text()) ? entry
                        : entry.withAskedAs(inquiry.text()));
            }
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * The synonyms and user dictionary to analyse with: a desk's own ({@code --analysis}, a folder such as the
     * server's {@code <data>/search-config}; a file it lacks is the shipped one), else the shipped ones.
     */
    static AnalysisResources analysis(EvalOptions options) {
        if (!options.has("analysis")) {
            return AnalysisResources.defaults();
        }
        Path folder = Path.of(options.value("analysis"));
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--analysis takes a folder holding " + AnalysisResources.SYNONYMS_FILE
                    + " or " + AnalysisResources.USER_DICTIONARY_FILE + " (as <data>/search-config): no folder "
                    + folder);
        }
        return AnalysisResources.fromFolder(folder);
    }

    /** The corpus as searched: its index and the lexicon that reads kana against it. */
    private record Searched(IndexSearcher searcher, ReadingLexicon lexicon) {

        /** A ranking view for one query (it keeps term enumerators for that query only, as on the server). */
        LuceneRankingIndex forOneQuery() {
            return new LuceneRankingIndex(searcher, lexicon);
        }
    }

    private Searched index(List<TriageDocument> entries) throws IOException {
        IndexSearcher searcher = InMemoryTriageIndex.build(analyzers, entries, settings);
        return new Searched(searcher, ReadingLexicon.of(searcher.getIndexReader(),
                new ReadingLexicon.Readings(analyzers.spelling()), analyzers.synonymWords()));
    }

    /**
     * Runs the queries, those that need the corpus without some entries ({@code leftOut}) grouped by them, each
     * such index built once and dropped after its group (outside the timing).
     */
    EvalMetrics run(List<TriageDocument> corpus, List<EvalQuery> queries, LeftOutAnswers leftOut,
                    PrintStream misses, Path featureFile) throws IOException {
        Map<Set<String>, List<EvalQuery>> byRemoved = new LinkedHashMap<>();
        queries.forEach(q -> byRemoved.computeIfAbsent(leftOut.removedFor(q), k -> new ArrayList<>()).add(q));
        Searched whole = index(corpus);
        for (int i = 0; i < Math.min(WARM_UP_QUERIES, queries.size()); i++) {
            triage(whole, queries.get(i));
        }
        EvalMetrics metrics = new EvalMetrics();
        List<String> featureRows = new ArrayList<>();
        featureRows.add("id\tknown\ttop_relevant\t" + String.join("\t", ProposalFeatures.names()));
        for (Map.Entry<Set<String>, List<EvalQuery>> group : byRemoved.entrySet()) {
            Searched searched = group.getKey().isEmpty() ? whole
                    : index(corpus.stream().filter(entry -> !group.getKey().contains(entry.id())).toList());
            for (EvalQuery query : group.getValue()) {
                measure(searched, query, metrics, featureRows, misses);
            }
        }
        if (featureFile != null) {
            Files.write(featureFile, featureRows, StandardCharsets.UTF_8);
        }
        return metrics;
    }

    private void measure(Searched searched, EvalQuery query, EvalMetrics metrics, List<String> featureRows,
                         PrintStream misses) throws IOException {
        long start = System.nanoTime();
        TriageResult result = triage(searched, query);
        double millis = (System.nanoTime() - start) / 1e6;
        List<String> ranked = result.candidates().stream().map(Candidate::id).toList();
        metrics.add(query, ranked, result.proposal(), millis);
        // a proposal made by rule (an exact repeat) has no measures: nothing for a fit to learn from
        if (result.proposal() != null && result.proposal().measures() != null) {
            featureRows.add(featureRow(query, ranked, result.proposal()));
            if (query.known() != null) {
                examples.add(new ProposalFit.Example(result.proposal().measures(), query.known(),
                        !ranked.isEmpty() && query.relevant().contains(ranked.get(0)), LeftOutAnswers.inquiryOf(query),
                        LeftOutAnswers.isCopy(query)));
            }
        }
        if (misses != null && !query.relevant().isEmpty()
                && (ranked.isEmpty() || !query.relevant().contains(ranked.get(0)))) {
            misses.println("miss " + query.id() + " relevant=" + query.relevant() + " ranked="
                    + ranked.subList(0, Math.min(5, ranked.size())) + " text=" + query.text().replace('\n', ' '));
        }
    }

    private TriageResult triage(Searched searched, EvalQuery query) throws IOException {
        Query filter = TriageFilters.of(query.created(), query.exclude(), null);
        LuceneRankingIndex index = searched.forOneQuery();
        if (!reader) {
            return ranker.triage(index, query.text(), filter, DEPTH);
        }
        TriageQuery words = ranker.query(query.text(), index);
        if (words.isEmpty()) {
            return new TriageResult(List.of(), null);
        }
        List<Candidate> found = new ArrayList<>();
        for (RankingIndex.Hit hit : index
                .search(ReaderSearch.restrict(CandidateRanker.filtered(words.query(), filter), words), 0, DEPTH)) {
            found.add(hit.candidate());
        }
        return new TriageResult(found, null);
    }

    private static String featureRow(EvalQuery query, List<String> ranked, TriageProposal proposal) {
        StringBuilder row = new StringBuilder(query.id()).append('\t')
                .append(query.known() == null ? "" : query.known() ? "1" : "0").append('\t')
                .append(!ranked.isEmpty() && query.relevant().contains(ranked.get(0)) ? "1" : "0");
        for (double value : proposal.measures()) {
            row.append('\t').append(String.format(Locale.ROOT, "%.5f", value));
        }
        return row.toString();
    }

    private static EvalMetrics runBaseline(List<TriageDocument> corpus, List<EvalQuery> queries)
            throws IOException {
        BigramBaseline baseline = new BigramBaseline(corpus);
        EvalMetrics metrics = new EvalMetrics();
        for (EvalQuery query : queries) {
            long start = System.nanoTime();
            BigramBaseline.Ranking ranking = baseline.rank(query.text(),
                    TriageFilters.of(query.created(), query.exclude(), null), DEPTH);
            double millis = (System.nanoTime() - start) / 1e6;
            Candidate top = ranking.ids().isEmpty() ? null : new Candidate(ranking.ids().get(0), null, null, 0);
            // the raw top score is the baseline's only confidence; every non-empty answer is a "known" proposal
            TriageProposal proposal = new TriageProposal(top == null ? TriageProposal.Decision.NEW
                    : TriageProposal.Decision.KNOWN, ranking.topScore(), top, ProposalFeatures.NONE);
            metrics.add(query, ranking.ids(), proposal, millis);
        }
        return metrics;
    }

}
