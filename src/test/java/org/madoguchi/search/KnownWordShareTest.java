package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KnownWordShareTest {

    private static final JapaneseAnalyzers ANALYZERS = new JapaneseAnalyzers(AnalysisResources.defaults());
    private static final RankingSettings SETTINGS = RankingSettings.defaults();
    private static RankingIndex index;

    @BeforeAll
    static void index() throws IOException {
        index = new LuceneRankingIndex(InMemoryTriageIndex.build(ANALYZERS, List.of(
                entry("A1", "注記の設定はログアウトしても残りますか", "注記設定は利用者ごとに保存され、次回ログイン時にも表示されます。"),
                entry("A2", "パスワードを続けて間違えてロックされた", "5回誤入力するとロックされます。30分で解除されます。"),
                entry("A3", "How do I delete my account?", "Open settings and choose delete account."))),
                ReadingLexicon.empty());
    }

    private static TriageDocument entry(String id, String title, String body) {
        return new TriageDocument(id, TriageDocument.TICKET, title, body, null, List.of(),
                Instant.parse("2024-01-10T00:00:00Z"));
    }

    private static TriageQuery query(String inquiry) throws IOException {
        return TriageQuery.of(inquiry, ANALYZERS, SETTINGS, index);
    }

    private static double share(TriageQuery query) throws IOException {
        return KnownWordShare.of(query.terms().get(TriageFields.Variant.MORPHOLOGICAL), index, query::groupWeight);
    }

    @Test
    void anInquiryInTheHistorysWordsKeepsTheBigramWeight() throws IOException {
        TriageQuery query = query("注記設定はログアウトしても残りますか");
        assertEquals(1.0, share(query), 1e-9, "every word is in some entry");
        assertEquals(SETTINGS.bigram(), query.weight(TriageFields.Variant.BIGRAM), 1e-9);
    }

    @Test
    void kanaCutIntoFragmentsMakeTheBigramsLeanBack() throws IOException {
        // with no reading lexicon the kana stay unread: Kuromoji cuts ちゅうき and ろぐあうと into pieces no entry holds
        TriageQuery query = query("ちゅうき設定って、ろぐあうとしたら消えますか");
        double share = share(query);
        assertTrue(share > 0 && share < 1, "some words known (設定), some not: " + share);
        assertEquals(SETTINGS.bigram() * Math.pow(share, SETTINGS.bigramByKnownShare()), query.weight(TriageFields.Variant.BIGRAM), 1e-9);
        assertEquals(SETTINGS.morphological(), query.weight(TriageFields.Variant.MORPHOLOGICAL), 1e-9,
                "only the bigrams lean back");
    }

    @Test
    void theShippedSettingLeansBack() {
        assertTrue(SETTINGS.bigramByKnownShare() > 0);
    }

    @Test
    void theSettingAtZeroLeavesTheWeightAlone() throws IOException {
        RankingSettings off = SETTINGS.with("bigramByKnownShare", "0");
        TriageQuery query = TriageQuery.of("ちゅうき設定って、ろぐあうとしたら消えますか", ANALYZERS, off, index);
        assertEquals(off.bigram(), query.weight(TriageFields.Variant.BIGRAM), 1e-9);
    }

    @Test
    void theFactorHasAFloorSoUnknownWordsStillRankBySomething() {
        assertEquals(Math.sqrt(0.05), KnownWordShare.bigramFactor(0, 0.5), 1e-9);
        assertEquals(0.5, KnownWordShare.bigramFactor(0.25, 0.5), 1e-9);
        assertEquals(1.0, KnownWordShare.bigramFactor(1, 0.5), 1e-9);
        assertEquals(1.0, KnownWordShare.bigramFactor(0.1, 0), 1e-9, "power 0 is off");
    }

    @Test
    void anInquiryWithoutJapaneseWordsIsJudgedByNothingAndKeepsItsWeights() throws IOException {
        assertEquals(1.0, KnownWordShare.of(null, index, g -> 1), 1e-9);
        TriageQuery english = query("delete account");
        assertEquals(0, english.weight(TriageFields.Variant.BIGRAM), 1e-9, "Latin text has no bigram family anyway");
    }

    @Test
    void theRightEntryStillComesFirstForTheKanaInquiry() {
        CandidateRanker ranker = new CandidateRanker(ANALYZERS, SETTINGS, ProposalPolicy.defaults());
        TriageResult result = ranker.triage(index, "ちゅうき設定って、ろぐあうとしたら消えますか", null, 3);
        assertEquals("A1", result.candidates().get(0).id());
    }
}
