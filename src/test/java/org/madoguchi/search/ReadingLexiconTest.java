package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReadingLexiconTest {

    private static final JapaneseAnalyzers ANALYZERS = new JapaneseAnalyzers(AnalysisResources.defaults());
    private static final CandidateRanker RANKER =
            new CandidateRanker(ANALYZERS, RankingSettings.defaults(), ProposalPolicy.defaults());

    private static final List<TriageDocument> ENTRIES = List.of(
            entry("N1", "注記の表示設定はログアウトすると元に戻りますか", "注記の文字サイズや表示項目は利用者ごとに保存されます。"),
            entry("N2", "取込を取り消したい", "取込履歴の画面で対象の取込を選び、取消ボタンを押してください。停止中や確定済みの取込は取り消せません。"),
            entry("N3", "公共桝の位置を修正したい", "更新依頼で公共桝の位置を修正します。仕様書の様式に従ってください。"),
            entry("N4", "セッションがタイムアウトしてログイン画面に戻る", "30分操作しないとログアウトされます。"),
            entry("N5", "印刷プレビューが表示されない", "ポップアップブロックを解除してください。解除の手順は紙に書くと確実です。"),
            entry("N6", "地図で人孔と管が重なると管を選択できない", "重なった管は一覧から選んでください。画面の写真を添えてお問い合わせください。"),
            entry("N7", "背景を航空写真に切り替えるには", "レイヤパネルで航空写真を選びます。管渠も重ねて表示され、合流管は紫です。"),
            entry("N8", "新しい管を登録するには", "台帳の登録画面で入力します。ガス管や水道管は登録できません。"));

    private static IndexSearcher searcher;
    private static ReadingLexicon lexicon;

    private static TriageDocument entry(String id, String title, String body) {
        return new TriageDocument(id, TriageDocument.TICKET, title, body, null, List.of(), Instant.parse("2025-01-01T00:00:00Z"));
    }

    @BeforeAll
    static void index() throws IOException {
        searcher = InMemoryTriageIndex.build(ANALYZERS, ENTRIES);
        lexicon = ReadingLexicon.of(searcher.getIndexReader(), new ReadingLexicon.Readings(ANALYZERS.spelling()));
    }

    private static List<String> wordsFor(String inquiry) {
        return List.copyOf(lexicon.wordsForKana(ANALYZERS.spelling(), inquiry, 8000));
    }

    @Test
    void kanaSpellingsAreReadAsTheDesksOwnWords() {
        assertTrue(wordsFor("ちゅうき設定って消えますか").contains("注記"));
        assertTrue(wordsFor("とりこみとりけしのやりかた").containsAll(List.of("取込", "取消")));
        assertTrue(wordsFor("いんさつボタンをおしても").contains("印刷"));
        assertTrue(wordsFor("ろぐあうとしたら").contains("ログアウト"), "katakana words by their own reading");
        assertTrue(wordsFor("ちずのせんたく").containsAll(List.of("地図", "選択")), "ち|ず is no verb ending here");
        assertTrue(wordsFor("iPadのちずがめん").containsAll(List.of("地図", "画面")), "nor after the noun のち");
        assertTrue(wordsFor("人孔と管がかさなってて").contains("重なる"), "an inflected verb by its base form");
    }

    @Test
    void wordsSpelledHalfInKanaAreReadWhole() {
        assertTrue(wordsFor("こうくう写真にしても").contains("航空写真"), "コウクウ + 写真");
        assertTrue(wordsFor("管きょの位置").contains("管渠"), "管 + キョ");
        assertFalse(wordsFor("きれいな写真").contains("航空写真"));
    }

    @Test
    void grammarIsNotReadAsWords() {
        assertFalse(wordsFor("取込できますか").contains("桝"), "the polite ending ます is no 桝");
        assertFalse(wordsFor("登録しようとすると").contains("仕様"), "し|よう runs across a verb ending");
        assertEquals(List.of(), wordsFor("ログインできない"), "no kana content, nothing added");
        assertFalse(wordsFor("地図がすごくおそい").contains("ガス"), "no short word starts at the particle が");
    }

    @Test
    void aLongerWordMayStartAtWhatKuromojiTookForAParticle() {
        assertTrue(wordsFor("管のとうろくのしかた").contains("登録"), "の|と|うろ|く is トウロク, ending where a token ends");
    }

    @Test
    void aLongWordMayRunAcrossWhatKuromojiTookForAVerbEnding() {
        assertTrue(wordsFor("管のほうがせんたくできません").contains("選択"), "せ|ん|たく (a form of する) is センタク");
        assertFalse(wordsFor("登録しようとすると").contains("仕様"), "three kana stay blocked: し|よう is no 仕様");
    }

    @Test
    void kanaMayNameAWordOfTheSynonymListThatNoEntryUses() {
        ReadingLexicon withList = ReadingLexicon.of(searcher.getIndexReader(),
                new ReadingLexicon.Readings(ANALYZERS.spelling()), List.of("名字", "氏名", "tvカメラ"));
        assertTrue(withList.wordsForKana(ANALYZERS.spelling(), "みょうじがかわった", 100).contains("名字"));
        assertFalse(wordsFor("みょうじがかわった").contains("名字"), "the index alone does not know it");
        assertTrue(ANALYZERS.synonymWords().containsAll(List.of("名字", "氏名")), "the shipped list has them");
    }

    @Test
    void aLongReadingCountsWhereTheCutPassedOverIt() {
        List<String> words = wordsFor("かくていしちゃった");
        assertTrue(words.contains("停止"), "カク|テイシ covers the most: " + words);
        assertTrue(words.contains("確定"), "and カクテイ is 確定: " + words);
        List<String> compound = wordsFor("こうくうしゃしんにしても");
        assertTrue(compound.contains("航空写真") && !compound.contains("写真"), "a compound counts once: " + compound);
    }

    @Test
    void aOneCharacterWordIsReadAloneOnlyByALongReadingOrAsANoun() {
        assertTrue(wordsFor("ちずのむらさき色の線").contains("紫"), "ムラサキ names 紫 inside チズノムラサキ");
        assertFalse(wordsFor("ぼたんがかんぜんにきかない").contains("管"), "カン alone inside a run is no 管");
        assertTrue(wordsFor("かんのいろわけ").contains("管"), "unless Kuromoji read it as a noun: かん|の");
    }

    @Test
    void aKanaInquiryFindsItsAnswerOnlyThroughTheLexicon() {
        String inquiry = "ちゅうきのひょうじがへん";
        TriageResult read = RANKER.triage(searcher, inquiry, null, 5, lexicon);
        assertEquals("N1", read.candidates().get(0).id());
        TriageResult unread = RANKER.triage(searcher, inquiry, null, 5);
        assertTrue(unread.candidates().isEmpty() || !"N1".equals(unread.candidates().get(0).id()),
                "without the lexicon nothing points at 注記: " + unread.candidates());
    }

    @Test
    void newSegmentsAreReadAsTheyAppear() throws IOException {
        TriageIndexing indexing = new TriageIndexing(ANALYZERS, RankingSettings.defaults());
        ReadingLexicon.Readings readings = new ReadingLexicon.Readings(ANALYZERS.spelling());
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexing.indexAnalyzer()))) {
            writer.addDocument(indexing.toLucene(ENTRIES.get(0)));
            writer.commit();
            try (DirectoryReader first = DirectoryReader.open(directory)) {
                assertFalse(lexiconWords(first, readings, "とりけし").contains("取消"));
                writer.addDocument(indexing.toLucene(ENTRIES.get(1)));
                writer.commit();
                try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
                    assertTrue(lexiconWords(second, readings, "とりけし").contains("取消"), "the new segment is read");
                    assertTrue(lexiconWords(second, readings, "ちゅうき").contains("注記"), "the old one is kept");
                }
            }
        }
    }

    private static List<String> lexiconWords(DirectoryReader reader, ReadingLexicon.Readings readings, String kana) {
        return List.copyOf(ReadingLexicon.of(reader, readings).wordsForKana(ANALYZERS.spelling(), kana, 100));
    }
}
