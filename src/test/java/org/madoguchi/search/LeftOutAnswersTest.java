package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftOutAnswersTest {

    private static final Instant ASKED = Instant.parse("2026-04-01T09:00:00Z");

    @Test
    void eachAnsweredQueryGetsACopyWhoseAnswersAreTakenOut() {
        EvalQuery answered = new EvalQuery("q1", "印刷できない", List.of("K1", "K2"), Map.of("K1", 2), null,
                List.of("self"), ASKED);
        LeftOutAnswers leftOut = LeftOutAnswers.of(List.of(answered));

        assertEquals(2, leftOut.queries().size());
        EvalQuery known = leftOut.queries().get(0);
        assertEquals("q1", known.id());
        assertTrue(known.known(), "a set that does not say: a query with an answer is a known issue");
        assertEquals(List.of("K1", "K2"), known.relevant());
        assertEquals(Set.of(), leftOut.removedFor(known));

        EvalQuery copy = leftOut.queries().get(1);
        assertEquals("q1~left-out", copy.id());
        assertEquals("印刷できない", copy.text());
        assertFalse(copy.known());
        assertEquals(List.of(), copy.relevant());
        assertEquals(Map.of(), copy.grades());
        assertEquals(List.of("self", "K1", "K2"), copy.exclude(), "also filtered, where a search filters");
        assertEquals(ASKED, copy.created());
        assertEquals(Set.of("K1", "K2"), leftOut.removedFor(copy), "its answers are not in the index it is searched in");
    }

    @Test
    void aSetsOwnNewIssuesStayAsTheyAre() {
        EvalQuery fresh = new EvalQuery("n1", "DXFで書き出したい", List.of(), Map.of(), false, List.of(), null);
        LeftOutAnswers leftOut = LeftOutAnswers.of(List.of(fresh));
        assertEquals(List.of(fresh), leftOut.queries());
        assertEquals(Set.of(), leftOut.removedFor(fresh));
    }

    @Test
    void theCopiesAreCountedAsNewIssuesByTheMetrics() {
        EvalQuery answered = new EvalQuery("q1", "text", List.of("K1"), Map.of(), null, List.of(), null);
        List<EvalQuery> out = LeftOutAnswers.of(List.of(answered)).queries();
        EvalMetrics metrics = new EvalMetrics();
        // proposed "known" both times, with K2 the copy's best remaining entry: the copy's proposal is wrong
        metrics.add(out.get(0), List.of("K1"), known("K1"), 1);
        metrics.add(out.get(1), List.of("K2"), known("K2"), 1);
        Map<String, Object> summary = metrics.summary();
        assertEquals(1, summary.get("judged"), "ranking metrics count the answered query only");
        assertEquals(0.5, (double) summary.get("known_precision"), 1e-9);
        assertEquals(1.0, (double) summary.get("known_recall"), 1e-9);
    }

    /**
     * 透かし is a word only the answer uses: searched in the corpus without the answer, it is a word the history does
     * not know and weighs as the rarest, so the nearest remaining entry holds a smaller share of the inquiry than
     * when the answer is only filtered out of the results (and its words still count as known).
     */
    @Test
    void theCopyIsSearchedInAnIndexWithoutItsAnswers(@TempDir Path dir) throws IOException {
        List<TriageDocument> corpus = List.of(
                new TriageDocument("K1", null, "地図に透かしを入れて印刷するには？",
                        "印刷画面の透かし欄に文字を入れると、地図の中央に薄く印刷されます。", null, List.of(), null),
                new TriageDocument("K2", null, "地図を印刷すると背景が出ないときは？",
                        "印刷設定で背景地図にチェックを入れてから印刷してください。", null, List.of(), null),
                new TriageDocument("K3", null, "パスワードを忘れたときは？",
                        "ログイン画面のパスワード再発行から手続きしてください。", null, List.of(), null));
        EvalQuery inquiry = new EvalQuery("q1", "印刷する地図に透かしを入れたい", List.of("K1"), Map.of(), true,
                List.of(), null);
        EvalQuery filteredOnly = new EvalQuery("q1-filtered", inquiry.text(), List.of(), Map.of(), false,
                List.of("K1"), null);
        LeftOutAnswers leftOut = LeftOutAnswers.of(List.of(inquiry));
        List<EvalQuery> queries = new ArrayList<>(leftOut.queries());
        queries.add(filteredOnly);
        Path features = dir.resolve("features.tsv");

        new TriageEval(new JapaneseAnalyzers(AnalysisResources.defaults()), RankingSettings.defaults(),
                ProposalPolicy.defaults(), false, false).run(corpus, queries, leftOut, null, features);

        Map<String, String[]> rows = new HashMap<>();
        List<String> lines = Files.readAllLines(features, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t"));
        lines.subList(1, lines.size()).forEach(line -> rows.put(line.split("\t")[0], line.split("\t")));
        int share = header.indexOf("morphologicalTermShare");
        assertEquals("1", rows.get("q1")[header.indexOf("top_relevant")], "the answer first while it is there");
        assertEquals("0", rows.get("q1~left-out")[header.indexOf("known")]);
        double removed = Double.parseDouble(rows.get("q1~left-out")[share]);
        double filtered = Double.parseDouble(rows.get("q1-filtered")[share]);
        assertTrue(removed < filtered, "removed " + removed + " vs filtered " + filtered);
    }

    private static TriageProposal known(String id) {
        return new TriageProposal(TriageProposal.Decision.KNOWN, 0.9, new Candidate(id, "ticket", id, 1f),
                ProposalFeatures.NONE);
    }
}
