package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateRankerTest {

    private static final JapaneseAnalyzers ANALYZERS = new JapaneseAnalyzers(AnalysisResources.defaults());
    private static final CandidateRanker RANKER =
            new CandidateRanker(ANALYZERS, RankingSettings.defaults(), ProposalPolicy.defaults());
    private static IndexSearcher searcher;

    private static final List<TriageDocument> ENTRIES = List.of(
            entry("A1", "パスワードを続けて間違えてロックされた（E-1021）", "5回誤入力するとE-1021が表示されログインできません。30分で解除されます。", "2024-01-10T00:00:00Z"),
            entry("A2", "パスワードの有効期限切れ（E-1024）", "90日ごとに変更が必要です。期限切れでログインするとE-1024が出ます。", "2024-02-10T00:00:00Z"),
            entry("A3", "人孔の位置を地図で確認するには", "人孔番号で検索すると地図が人孔の位置へ移動します。", "2024-03-10T00:00:00Z"),
            entry("A4", "印刷した地図の縮尺が合わない", "PDF出力時に用紙に合わせる設定を外してください。", "2024-04-10T00:00:00Z"),
            entry("A5", "How do I delete my account?", "Open settings and choose delete account.", "2024-05-10T00:00:00Z"));

    private static TriageDocument entry(String id, String title, String body, String created) {
        return new TriageDocument(id, TriageDocument.TICKET, title, body, null, List.of(), Instant.parse(created));
    }

    @BeforeAll
    static void index() throws IOException {
        searcher = InMemoryTriageIndex.build(ANALYZERS, ENTRIES);
    }

    private static String first(String inquiry) {
        TriageResult result = RANKER.triage(searcher, inquiry, null, 10);
        assertFalse(result.candidates().isEmpty(), "nothing found for " + inquiry);
        return result.candidates().get(0).id();
    }

    @Test
    void anInquiryWordedExactlyLikeALinkedOneIsThatKnownIssue() throws IOException {
        String colloquial = "夜中にピーピー鳴った記録を紙で残したい";
        TriageDocument linked = new TriageDocument("B1", TriageDocument.TICKET, "ポンプ場の警報履歴を帳票に出力したい",
                "帳票メニューで期間を指定して出力できます。", null, List.of(colloquial), Instant.parse("2024-06-01T00:00:00Z"));
        IndexSearcher withLink = InMemoryTriageIndex.build(ANALYZERS, List.of(ENTRIES.get(3), linked));
        TriageResult result = RANKER.triage(withLink, "夜中に　ピーピー鳴った記録を、紙で残したい！", null, 10);
        assertEquals("B1", result.candidates().get(0).id(), "spacing, width and punctuation do not matter");
        assertEquals(TriageProposal.Decision.KNOWN, result.proposal().decision());
        assertEquals(CandidateRanker.REPEAT_CONFIDENCE, result.proposal().confidence(), "a repeat, not a ranking");
        assertNull(result.proposal().measures(), "made by rule: nothing for a refit of the model to learn from");

        TriageResult unrelated = RANKER.triage(withLink, "地図を印刷すると縮尺が合わない", null, 10);
        assertEquals("A4", unrelated.candidates().get(0).id(), "other inquiries rank as before");
        assertEquals(ProposalFeatures.names().length, unrelated.proposal().measures().length, "the model's measures");
    }

    @Test
    void aWordingLinkedToSeveralEntriesPutsTheOneClosestToTheInquiryFirst() throws IOException {
        String wording = "ピーピー鳴った記録を紙で残したい";
        Instant created = Instant.parse("2024-06-01T00:00:00Z");
        TriageDocument farther = new TriageDocument("B0", TriageDocument.TICKET, "地図の縮尺を変えたい",
                "縮尺欄で指定します。", null, List.of(wording), created);
        TriageDocument closer = new TriageDocument("B1", TriageDocument.TICKET, "警報が鳴った記録を帳票で残したい",
                "帳票メニューで警報履歴を出力できます。", null, List.of(wording), created);
        for (List<TriageDocument> order : List.of(List.of(farther, closer), List.of(closer, farther))) {
            TriageResult result = RANKER.triage(InMemoryTriageIndex.build(ANALYZERS, order), wording, null, 10);
            assertEquals("B1", result.candidates().get(0).id(), "whatever the index order: " + result.candidates());
            assertEquals(CandidateRanker.REPEAT_CONFIDENCE, result.proposal().confidence());
        }
    }

    @Test
    void fullWidthCodeAndHalfWidthKanaFindTheRightEntry() {
        assertEquals("A1", first("Ｅ－１０２１がでてﾛｸﾞｲﾝできません"));
        assertEquals("A2", first("E-1024って何？"));
    }

    @Test
    void synonymFindsTheEntryWrittenWithTheOtherWord() {
        assertEquals("A3", first("マンホールの場所を知りたい"));
    }

    @Test
    void aSynonymOfSeveralWordsCountsOnlyWhereItsWordsStandTogether() throws IOException {
        // パスワード = 暗証番号 and 台帳 = 管理台帳 in the synonym list
        IndexSearcher index = InMemoryTriageIndex.build(ANALYZERS, List.of(
                entry("P1", "暗証番号の再発行", "暗証番号を忘れたときは申請書を提出してください。", "2024-01-10T00:00:00Z"),
                entry("P2", "人孔番号の書き方", "人孔番号と管路番号は台帳の番号と同じです。", "2024-01-11T00:00:00Z"),
                entry("P3", "管路管理課の窓口", "管路管理課の受付時間は平日の9時から17時までです。", "2024-01-12T00:00:00Z")));
        List<String> found = RANKER.triage(index, "パスワードを忘れた", null, 10).candidates().stream()
                .map(Candidate::id).toList();
        assertEquals("P1", found.get(0), "暗証番号 stands for パスワード: " + found);
        assertFalse(found.contains("P2"), "番号 alone is no パスワード: " + found);
        List<String> ledger = RANKER.triage(index, "台帳の見方", null, 10).candidates().stream()
                .map(Candidate::id).toList();
        assertEquals("P2", ledger.get(0), ledger.toString());
        assertFalse(ledger.contains("P3"), "管理 alone is no 台帳: " + ledger);
    }

    @Test
    void englishInquiryFindsTheEnglishEntry() {
        assertEquals("A5", first("remove my account please"));
    }

    @Test
    void filtersHonourCreatedAndExclusions() {
        TriageResult before = RANKER.triage(searcher, "E-1021", TriageFilters.of(Instant.parse("2024-01-01T00:00:00Z"), null, null), 10);
        assertTrue(before.candidates().isEmpty());
        TriageResult excluded = RANKER.triage(searcher, "E-1021 ロック", TriageFilters.of(null, List.of("A1"), null), 10);
        assertTrue(excluded.candidates().stream().noneMatch(c -> c.id().equals("A1")));
    }

    @Test
    void linkedInquiryWordingMakesAnEntryFindable() throws IOException {
        String wording = "帳票の外字が黒い四角になる";
        String later = "帳票で外字が黒い四角になってしまう";
        List<TriageDocument> learnt = ENTRIES.stream().map(e -> e.id().equals("A4") ? e.withAskedAs(wording) : e).toList();
        IndexSearcher withHistory = InMemoryTriageIndex.build(ANALYZERS, learnt);
        Candidate before = RANKER.triage(searcher, later, null, 10).candidates().stream()
                .filter(c -> c.id().equals("A4")).findFirst().orElse(new Candidate("A4", null, null, 0f));
        Candidate after = RANKER.triage(withHistory, later, null, 10).candidates().get(0);
        assertEquals("A4", after.id());
        assertTrue(after.score() > 1.3 * before.score(), before + " -> " + after);
    }

    @Test
    void learntWordingsDoNotDrawAnInquiryThatSharesOnlyAWordOrTwoWithThem() throws IOException {
        List<String> wordings = List.of("マンホールの場所が地図でわからない", "人孔がどこにあるか地図で見たい",
                "印刷した地図で人孔を探したい");
        List<TriageDocument> learnt = ENTRIES.stream().map(e -> e.id().equals("A3")
                ? e.withAskedAs(wordings.get(0)).withAskedAs(wordings.get(1)).withAskedAs(wordings.get(2)) : e).toList();
        IndexSearcher withHistory = InMemoryTriageIndex.build(ANALYZERS, learnt);
        String other = "印刷すると地図の縮尺が変わる"; // shares 印刷 and 地図 with A3's wordings, asks A4's question

        assertEquals(scoreOf("A3", RANKER.triage(searcher, other, null, 10)),
                scoreOf("A3", RANKER.triage(withHistory, other, null, 10)), 1e-6,
                "an entry asked about often does not become an answer to everything that shares its words");
        assertEquals("A4", RANKER.triage(withHistory, other, null, 10).candidates().get(0).id());
        assertEquals("A3", RANKER.triage(withHistory, "人孔の場所を地図でさがしたい", null, 10).candidates().get(0).id(),
                "an inquiry asked like them still finds it");
    }

    private static float scoreOf(String id, TriageResult result) {
        return result.candidates().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().score();
    }

    @Test
    void clearMatchIsProposedKnownAndUnrelatedInquiryNew() {
        TriageProposal known = RANKER.triage(searcher, "パスワードを5回間違えてE-1021でロックされた", null, 10).proposal();
        TriageProposal unrelated = RANKER.triage(searcher, "タブレットのカメラで撮った写真の向きがおかしい", null, 10).proposal();
        assertTrue(known.confidence() > unrelated.confidence());
        assertEquals(TriageProposal.Decision.NEW, unrelated.decision());
    }

    @Test
    void copiesOfARecurringIssueDoNotMakeItLookDoubtful() throws IOException {
        List<TriageDocument> withRepeats = new ArrayList<>(ENTRIES);
        TriageDocument original = ENTRIES.get(0);
        for (String id : List.of("A1-again", "A1-once-more")) {
            withRepeats.add(new TriageDocument(id, original.kind(), original.title(), original.body(), null, List.of(),
                    Instant.parse("2024-07-01T00:00:00Z")));
        }
        IndexSearcher repeated = InMemoryTriageIndex.build(ANALYZERS, withRepeats);
        String inquiry = "パスワードを5回間違えてE-1021でロックされた";

        TriageResult result = RANKER.triage(repeated, inquiry, null, 10);
        List<String> ids = result.candidates().stream().map(Candidate::id).toList();
        assertEquals(List.of("A1", "A1-again", "A1-once-more", "A2"), ids.subList(0, 4), "every past ticket is listed");
        assertEquals(TriageProposal.Decision.KNOWN, result.proposal().decision());
        assertTrue(result.proposal().features().margin() > 0.2,
                "the margin is to the next issue, not to a copy: " + result.proposal().features());
    }

    @Test
    void unknownErrorCodeLowersTheConfidence() {
        TriageProposal unknownCode = RANKER.triage(searcher, "パスワード入力でE-5003が表示されます", null, 10).proposal();
        TriageProposal knownCode = RANKER.triage(searcher, "パスワード入力でE-1021が表示されます", null, 10).proposal();
        assertEquals(1.0, unknownCode.features().codeMissing());
        assertEquals(0.0, knownCode.features().codeMissing());
        assertEquals("A1", knownCode.candidate().id());
        assertTrue(unknownCode.confidence() < knownCode.confidence());
    }

    @Test
    void titleShareTellsHowMuchOfTheTopEntrysQuestionTheInquiryAsks() {
        TriageProposal whole = RANKER.triage(searcher, "印刷した地図の縮尺が合わない", null, 10).proposal();
        TriageProposal part = RANKER.triage(searcher, "地図の色が薄い", null, 10).proposal();
        assertEquals("A4", whole.candidate().id());
        assertEquals(1.0, whole.features().titleShare(), 1e-9);
        assertTrue(part.features().titleShare() > 0 && part.features().titleShare() < 0.5,
                part.candidate().id() + " " + part.features());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "title:(foo AND \"bar", "*?~^\\/[]{}!:-+&&||", "🙂🚽💥 ﾛｸﾞｲﾝ🙂", "AND OR NOT",
        "\u0000\uFFFF\uD800", "ＥＲＲＯＲ：：：－－－"})
    void oddInquiriesNeverThrow(String inquiry) {
        TriageResult result = assertDoesNotThrow(() -> RANKER.triage(searcher, inquiry, null, 10));
        assertNotNull(result.proposal());
    }

    @Test
    void hundredKilobyteInquiryIsBoundedAndFast() {
        StringBuilder text = new StringBuilder();
        Random random = new Random(7);
        String pieces = "ログイン地図印刷E-1021マンホール()*:\"🙂abc 管渠ﾀﾌﾞﾚｯﾄ";
        while (text.length() < 100_000) {
            text.append(pieces.charAt(random.nextInt(pieces.length())));
        }
        long start = System.nanoTime();
        TriageResult result = assertDoesNotThrow(() -> RANKER.triage(searcher, text.toString(), null, 10));
        assertNotNull(result);
        assertTrue((System.nanoTime() - start) / 1e6 < 5_000, "bounded work for a huge inquiry");
        assertTrue(RANKER.query(text.toString()).terms().values().stream()
                .allMatch(t -> t.groups().size() <= RankingSettings.defaults().maxTermsPerVariant()));
    }

    @Test
    void nullInquiryGivesNothing() {
        assertTrue(RANKER.triage(searcher, null, null, 10).candidates().isEmpty());
    }

    @Test
    void aReadersSearchFindsOnlyEntriesWithEnoughOfItsWords() throws IOException {
        // "しない" shares bigrams with many texts; the words themselves are in none of them
        assertEquals(0, searcher.count(ReaderSearch.coverage(RANKER.query("存在しない言葉"), 0.5, 3)));
        assertEquals(2, searcher.count(ReaderSearch.coverage(RANKER.query("地図の縮尺"), 0.5, 3)), "either word");
        assertEquals(1, searcher.count(ReaderSearch.coverage(RANKER.query("縮尺と印刷と人孔とパスワード"), 0.5, 3)), "two of four words");
        assertEquals(2, searcher.count(ReaderSearch.coverage(RANKER.query("パスワードを忘れた"), 0.5, 3)),
                "one word of two is enough");
        String longText = "昨日の夕方から、印刷した地図の縮尺が合わないので困っています。課内の誰に聞いても分からず、"
                + "業務に支障が出ています。至急対応をお願いします。";
        assertEquals(1, searcher.count(ReaderSearch.coverage(RANKER.query(longText), 0.5, 3)),
                "a long text needs three of its words, not half of them");
    }
}
