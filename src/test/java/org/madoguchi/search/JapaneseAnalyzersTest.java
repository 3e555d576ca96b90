package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class JapaneseAnalyzersTest {

    private static final JapaneseAnalyzers ANALYZERS = new JapaneseAnalyzers(AnalysisResources.defaults());

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void halfWidthKatakanaMeetsFullWidth() throws IOException {
        assertEquals(terms(ANALYZERS.morphological(), "ログインできません"),
                terms(ANALYZERS.morphological(), "ﾛｸﾞｲﾝできません"));
        assertEquals(terms(ANALYZERS.bigram(), "ログイン"), terms(ANALYZERS.bigram(), "ﾛｸﾞｲﾝ"));
        assertTrue(terms(ANALYZERS.morphological(), "ﾛｸﾞｲﾝ").contains("ログイン"));
    }

    @Test
    void fullWidthErrorCodeIsOneTokenEqualToTheAsciiCode() throws IOException {
        for (Analyzer analyzer : List.of(ANALYZERS.bigram(), ANALYZERS.english())) {
            assertEquals(List.of("e1021"), terms(analyzer, "Ｅ－１０２１"));
            assertEquals(List.of("e1021"), terms(analyzer, "E-1021"));
            assertEquals(List.of("w4302"), terms(analyzer, "W−4302"), "a minus sign works as a hyphen");
        }
        assertEquals(terms(ANALYZERS.morphological(), "E-1021が出ます"),
                terms(ANALYZERS.morphological(), "Ｅ－１０２１が出ます"));
    }

    @Test
    void numbersWrittenInHyphenatedGroupsAlsoMatchTypedWithoutHyphens() throws IOException {
        for (Analyzer analyzer : List.of(ANALYZERS.morphological(), ANALYZERS.bigram(), ANALYZERS.english())) {
            List<String> written = terms(analyzer, "管番号 03-1245-07 を入力");
            assertTrue(written.containsAll(List.of("03", "1245", "07", "03124507")), written.toString());
            assertTrue(terms(analyzer, "０３１２４５０７で検索").contains("03124507"));
            assertTrue(terms(analyzer, "022－123－4567").contains("0221234567"), "full-width digits and dashes");
            assertFalse(terms(analyzer, "第1-3条").contains("13"), "a short range is no grouped number");
            assertFalse(terms(analyzer, "12 345").contains("12345"), "a space separates two numbers");
        }
    }

    @Test
    void aGroupedNumbersPartsPointAtTheTextAsWritten() throws IOException {
        String text = "「12-0345」と０３－１２４５－０７";
        for (Analyzer analyzer : List.of(ANALYZERS.morphological(), ANALYZERS.bigram())) {
            Map<String, String> covered = new HashMap<>();
            try (TokenStream stream = analyzer.tokenStream("f", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    covered.put(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
                }
                stream.end();
            }
            assertEquals("0345", covered.get("0345"), "the last part ends where it ends: " + covered);
            assertEquals("0345", covered.get("120345"), "the joined form: its last part, in offset order " + covered);
            assertEquals("１２４５", covered.get("1245"), covered.toString());
            assertEquals("０７", covered.get("03124507"), covered.toString());
            assertEquals("０７", covered.get("07"), covered.toString());
        }
    }

    @Test
    void forMarkingAGroupedNumbersJoinedFormSpansItWholeAndComesFirst() throws IOException {
        String text = "「12-0345」と０３－１２４５－０７";
        List<String> order = new ArrayList<>();
        Map<String, String> covered = new HashMap<>();
        try (TokenStream stream = ANALYZERS.marking().tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int lastStart = 0;
            while (stream.incrementToken()) {
                assertTrue(offset.startOffset() >= lastStart, "start offsets in order");
                lastStart = offset.startOffset();
                order.add(term.toString());
                covered.put(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        assertEquals("12-0345", covered.get("120345"), covered.toString());
        assertEquals("０３－１２４５－０７", covered.get("03124507"), covered.toString());
        assertEquals("0345", covered.get("0345"), "the parts as in the index: " + covered);
        assertEquals("１２４５", covered.get("1245"), covered.toString());
        assertTrue(order.indexOf("03124507") < order.indexOf("03"), "the joined form before its parts: " + order);
    }

    @Test
    void queryAnalyzerExpandsSynonymsBothWays() throws IOException {
        List<String> manhole = terms(ANALYZERS.morphologicalQuery(), "マンホールの蓋");
        assertTrue(manhole.containsAll(List.of("マンホール", "人孔")), manhole.toString());
        List<String> jinko = terms(ANALYZERS.morphologicalQuery(), "人孔の位置");
        assertTrue(jinko.containsAll(List.of("マンホール", "人孔")), jinko.toString());
        List<String> pipe = terms(ANALYZERS.morphologicalQuery(), "下水管が詰まった");
        assertTrue(pipe.containsAll(List.of("管渠", "管路", "下水管")), pipe.toString());
        assertTrue(terms(ANALYZERS.morphological(), "マンホールの蓋").contains("マンホール"));
        assertTrue(!terms(ANALYZERS.morphological(), "マンホールの蓋").contains("人孔"),
                "synonyms are applied at query time only");
    }

    @Test
    void katakanaLongVowelIsFolded() throws IOException {
        assertEquals(terms(ANALYZERS.morphological(), "コンピュータ"), terms(ANALYZERS.morphological(), "コンピューター"));
        assertEquals(terms(ANALYZERS.morphological(), "サーバ"), terms(ANALYZERS.morphological(), "サーバー"));
    }

    @Test
    void kanaOnlySpellingMeetsKatakanaInBigrams() throws IOException {
        assertEquals(terms(ANALYZERS.bigram(), "パスワード"), terms(ANALYZERS.bigram(), "ぱすわーど"));
    }

    @Test
    void readingBigramsMeetKanaSpellingsAndImeSlips() throws IOException {
        assertEquals(terms(ANALYZERS.reading(), "管番号"), terms(ANALYZERS.reading(), "かんばんごう"));
        assertEquals(terms(ANALYZERS.reading(), "同期できない"), terms(ANALYZERS.reading(), "動機できない"));
    }

    @Test
    void morphologicalAnalyzerDropsParticlesAndKeepsBaseForms() throws IOException {
        List<String> terms = terms(ANALYZERS.morphological(), "地図が表示されませんでした");
        assertTrue(terms.contains("地図") && terms.contains("表示"), terms.toString());
        assertTrue(!terms.contains("が"), terms.toString());
    }

    @Test
    void theFrameOfAQuestionIsNoWordOfIt() throws IOException {
        for (Analyzer analyzer : List.of(ANALYZERS.morphological(), ANALYZERS.morphologicalQuery())) {
            List<String> terms = terms(analyzer, "パスワードを忘れたらどうすればいいですか");
            assertTrue(terms.containsAll(List.of("パスワード", "忘れる")) && !terms.contains("いい"), terms.toString());
            assertEquals(List.of("メール", "添付"), terms(analyzer, "メールに添付してもよいですか"));
        }
    }

    @Test
    void domainWordsStayWholeThroughTheUserDictionary() throws IOException {
        assertEquals(List.of("人孔"), terms(ANALYZERS.morphological(), "人孔"));
        assertEquals(List.of("管渠"), terms(ANALYZERS.morphological(), "管渠"));
    }

    @Test
    void englishAnalyzerStemsAndDropsStopWords() throws IOException {
        assertEquals(List.of("delet", "account"), terms(ANALYZERS.english(), "Deleting the accounts"));
    }

    @Test
    void englishAnalyzerLeavesJapaneseScriptToTheOtherFields() throws IOException {
        assertEquals(List.of("edg", "e1021"), terms(ANALYZERS.english(), "Edgeで地図がＥ－１０２１と表示されないカナ"));
    }

    @Test
    void offsetsPointIntoTheOriginalText() throws IOException {
        String text = "ﾛｸﾞｲﾝ画面";
        try (TokenStream stream = ANALYZERS.morphological().tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.toString().equals("画面")) {
                    assertEquals("画面", text.substring(offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        }
    }

    @Test
    void expandingCharactersKeepOffsetsInOrder() throws IOException {
        String text = "Crash…in ㍍ and ﬁle‥テスト… done 03-1245-07 ok";
        for (Analyzer analyzer : ANALYZERS.byName().values()) {
            try (TokenStream stream = analyzer.tokenStream("f", text)) {
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                int lastStart = 0;
                while (stream.incrementToken()) {
                    assertTrue(offset.startOffset() <= offset.endOffset() && offset.startOffset() >= lastStart);
                    assertTrue(offset.endOffset() <= text.length());
                    lastStart = offset.startOffset();
                }
                stream.end();
            }
        }
    }

    @Test
    void everyAnalyzerIsRegisteredByName() {
        assertEquals(5, ANALYZERS.byName().size());
        assertTrue(ANALYZERS.byName().containsKey(JapaneseAnalyzers.MORPHOLOGICAL));
    }
}
