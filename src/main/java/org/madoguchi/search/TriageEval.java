package org.madoguchi.search;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 * [--leave-answer-out]
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
        Map<String, List<String>> options = parse(args);
        if (!options.containsKey("corpus") || !options.containsKey("queries")) {
            System.err.println("usage: triage-eval --corpus C.jsonl --queries Q.jsonl [--history H.jsonl"
                    + " | --history-split same|other [--without-history]]"
                    + " [--threshold X] [--baseline bigram] [--set name=value]... [--features F.tsv] [--misses]"
                    + " [--kana kanji|all] [--reader] [--leave-answer-out]");
            System.exit(2);
        }
        RankingSettings settings = RankingSettings.defaults();
        for (String assignment : options.getOrDefault("set", List.of())) {
            String[] pair = assignment.split("=", 2);
            settings = settings.with(pair[0], pair[1]);
        }
        ProposalPolicy policy = ProposalPolicy.defaults();
        if (options.containsKey("threshold")) {
            String threshold = first(options, "threshold");
            try {
                policy = policy.withThreshold(Double.parseDouble(threshold));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--threshold takes a number between 0 and 1, not " + threshold);
            }
        }
        List<TriageDocument> corpus = EvalData.readCorpus(Path.of(first(options, "corpus")));
        List<EvalQuery> queries = EvalData.readQueries(Path.of(first(options, "queries")));
        JapaneseAnalyzers analyzers = new JapaneseAnalyzers(AnalysisResources.defaults());
        if (options.containsKey("kana")) {
            queries = inKana(queries, new KanaSpelling(analyzers.spelling(), "all".equals(first(options, "kana"))));
        }
        if (options.containsKey("history")) {
            corpus = replayHistory(corpus, EvalData.readQueries(Path.of(first(options, "history"))));
        }
        if (options.containsKey("history-split")) {
            // half the queries replayed as history, the other half measured ({@link HistorySplit})
            HistorySplit.Halves halves = HistorySplit.split(queries, HistorySplit.Mode.of(first(options, "history-split")));
            if (!options.containsKey("without-history")) {
                corpus = replayHistory(corpus, halves.history());
            }
            queries = halves.measured();
        }
        LeftOutAnswers leftOut = LeftOutAnswers.none();
        if (options.containsKey("leave-answer-out")) {
            // after the history is replayed: a left-out answer is left out with what was learnt for it
            leftOut = LeftOutAnswers.of(queries);
            queries = leftOut.queries();
        }
        TriageEval eval = new TriageEval(analyzers, settings, policy, options.containsKey("features"),
                options.containsKey("reader"));
        Map<String, Object> summary = eval.run(corpus, queries, leftOut,
                options.containsKey("misses") ? System.out : null,
                options.containsKey("features") ? Path.of(first(options, "features")) : null);
        summary.put("threshold", policy.threshold());
        if ("bigram".equals(options.containsKey("baseline") ? first(options, "baseline") : null)) {
            Map<String, Object> baseline = runBaseline(corpus, queries);
            System.out.println("baseline_bigram " + Json.format(baseline));
            summary.put("baseline_bigram", baseline);
        }
        System.out.println(Json.format(summary));
    }

    /** The queries as typed without kana-to-kanji conversion ({@link KanaSpelling}). */
    static List<EvalQuery> inKana(List<EvalQuery> queries, KanaSpelling kana) {
        return queries.stream().map(q -> new EvalQuery(q.id(), kana.respell(q.text()), q.relevant(), q.grades(),
                q.known(), q.exclude(), q.created())).toList();
    }

    /** Appends each history inquiry to the {@code askedAs} of the entries it was linked to. */
    static List<TriageDocument> replayHistory(List<TriageDocument> corpus, List<EvalQuery> history) {
        Map<String, TriageDocument> byId = new LinkedHashMap<>();
        corpus.forEach(entry -> byId.put(entry.id(), entry));
        for (EvalQuery inquiry : history) {
            for (String id : inquiry.relevant()) {
                byId.computeIfPresent(id, (key, entry) -> entry.withAskedAs(inquiry.text()));
            }
        }
        return new ArrayList<>(byId.values());
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
    Map<String, Object> run(List<TriageDocument> corpus, List<EvalQuery> queries, LeftOutAnswers leftOut,
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
        return metrics.summary();
    }

    private void measure(Searched searched, EvalQuery query, EvalMetrics metrics, List<String> featureRows,
                         PrintStream misses) throws IOException {
        long start = System.nanoTime();
        TriageResult result = triage(searched, query);
        double millis = (System.nanoTime() - start) / 1e6;
        List<String> ranked = result.candidates().stream().map(Candidate::id).toList();
        metrics.add(query, ranked, result.proposal(), millis);
        if (result.proposal() != null) {
            featureRows.add(featureRow(query, ranked, result.proposal()));
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
        for (double value : proposal.features().values()) {
            row.append('\t').append(String.format(Locale.ROOT, "%.5f", value));
        }
        return row.toString();
    }

    private static Map<String, Object> runBaseline(List<TriageDocument> corpus, List<EvalQuery> queries)
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
        return metrics.summary();
    }

    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("misses", "reader", "without-history",
            "leave-answer-out");

    private static Map<String, List<String>> parse(String[] args) {
        Map<String, List<String>> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            String value = "true";
            if (name.contains("=")) {
                value = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            } else if (!FLAGS.contains(name) && i + 1 < args.length) {
                value = args[++i];
            }
            options.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return options;
    }

    private static String first(Map<String, List<String>> options, String name) {
        return options.get(name).get(0);
    }

    /** Prints the flat metric maps as JSON (numbers rounded to 4 places). */
    static final class Json {
        static String format(Map<String, Object> values) {
            StringBuilder out = new StringBuilder("{");
            values.forEach((key, value) -> {
                out.append(out.length() > 1 ? ", " : "").append('"').append(key).append("\": ");
                if (value instanceof Map<?, ?> nested) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> inner = (Map<String, Object>) nested;
                    out.append(format(inner));
                } else if (value instanceof Double d) {
                    out.append(String.format(Locale.ROOT, "%.4f", d));
                } else {
                    out.append(value);
                }
            });
            return out.append('}').toString();
        }
    }
}
