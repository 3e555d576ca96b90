package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReaderSearchTest {

    private static final JapaneseAnalyzers ANALYZERS = new JapaneseAnalyzers(AnalysisResources.defaults());
    private static IndexSearcher searcher;
    private static ReadingLexicon lexicon;

    @BeforeAll
    static void index() throws IOException {
        searcher = InMemoryTriageIndex.build(ANALYZERS, List.of(
                entry("P1", "印刷プレビューが表示されない", "ポップアップブロックを解除してください。"),
                entry("P2", "台帳の検索結果が表示されない", "検索条件を見直してください。"),
                entry("P3", "地図を印刷するには", "印刷ボタンから用紙サイズを選びます。"),
                entry("P4", "地図が表示されない", "ブラウザのキャッシュを削除してください。"),
                entry("E1", "I cannot log in because my account is locked.", "An error is shown. The lock is not "
                        + "released until 15 minutes have passed."),
                entry("E2", "The background map is not shown.", "Choose a background layer in the layer panel.")));
        lexicon = ReadingLexicon.of(searcher.getIndexReader(), new ReadingLexicon.Readings(ANALYZERS.spelling()));
    }

    private static TriageDocument entry(String id, String title, String body) {
        return new TriageDocument(id, TriageDocument.ARTICLE, title, body, null, List.of(), Instant.parse("2025-01-01T00:00:00Z"));
    }

    private static List<String> found(String text, ReadingLexicon readAgainst, boolean restricted) throws IOException {
        TriageQuery query = TriageQuery.of(text, ANALYZERS, RankingSettings.defaults(), readAgainst);
        Query search = restricted ? ReaderSearch.restrict(query.query(), query) : query.query();
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(search, 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(TriageFields.ID));
        }
        return ids;
    }

    @Test
    void onlyEntriesWithEnoughOfTheReadersWordsAreFound() throws IOException {
        assertTrue(found("印刷プレビューが表示されない", lexicon, false).contains("P2"), "ranked alone, 表示 draws P2");
        assertEquals(List.of("P1"), found("印刷プレビューが表示されない", lexicon, true));
    }

    @Test
    void theConsolesFilterNeedsOneWordOfTheQuery() throws IOException {
        TriageQuery query = TriageQuery.of("印刷プレビューの表示", ANALYZERS, RankingSettings.defaults(), lexicon);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(ReaderSearch.anyWord(query), 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(TriageFields.ID));
        }
        assertEquals(List.of("P1", "P2", "P3", "P4"), ids.stream().sorted().toList(),
                "印刷 or 表示 is enough; the English entries hold neither");
        assertEquals(null, ReaderSearch.anyWord(TriageQuery.of("、。", ANALYZERS, RankingSettings.defaults(), lexicon)),
                "no words, no filter");
    }

    @Test
    void kanaAreReadAsTheIndexsWords() throws IOException {
        assertEquals("P1", found("いんさつぷれびゅーがひょうじされない", lexicon, true).get(0));
        assertEquals(List.of(), found("いんさつぷれびゅーがひょうじされない", ReadingLexicon.empty(), true),
                "unread, the kana share no word with any entry");
    }

    @Test
    void kanaReadAsWordsCountInsteadOfKuromojisHiraganaPiecesOfThem() throws IOException {
        // Kuromoji cuts ちずがひょうじ as ち|ず|が|ひょう|じ: ちる, ひょう and じす would be words no entry has
        assertEquals("P4", found("ちずがひょうじされない", lexicon, true).stream().findFirst().orElse("nothing found"));
    }

    @Test
    void aShortEnglishQueryNeedsAllItsWordsBesidesItsStopWords() throws IOException {
        assertEquals(List.of("E2"), found("map not shown", lexicon, true), "not the lock-out entry, where an error is shown");
        assertEquals(List.of(), found("printer not shown", lexicon, true), "one of two words finds nothing");
        assertEquals("E1", found("my account is locked after wrong passwords", lexicon, true).get(0),
                "longer: enough of its words, as in Japanese");
    }
}
