package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.junit.jupiter.api.Test;

class PassageExcerptTest {

    private static final JapaneseAnalyzers ANALYZERS = new JapaneseAnalyzers(AnalysisResources.defaults());
    private static final PassageExcerpt EXCERPT = new PassageExcerpt(ANALYZERS, 60);

    private static TriageQuery query(String inquiry) {
        return TriageQuery.of(inquiry, ANALYZERS, RankingSettings.defaults());
    }

    @Test
    void marksMatchedWordsAndSynonyms() {
        String text = "人孔番号で検索すると、地図が人孔の位置へ移動します。";
        String excerpt = EXCERPT.excerpt(query("マンホールの場所を地図で見たい"), text, 1);
        assertTrue(excerpt.contains("<mark>人孔</mark>"), excerpt);
        assertTrue(excerpt.contains("<mark>地図</mark>"), excerpt);
    }

    @Test
    void escapesHtmlAndFallsBackToTheStart() {
        String text = "<script>alert(1)</script> 関係のない文章です。";
        String excerpt = EXCERPT.excerpt(query("タブレット"), text, 1);
        assertFalse(excerpt.contains("<script>"), excerpt);
        assertTrue(excerpt.startsWith("&lt;script&gt;"), excerpt);
        assertEquals("", EXCERPT.excerpt(query("地図"), "", 1));
        String emoji = EXCERPT.excerpt(query("地図"), "🗺".repeat(100), 1);
        assertTrue(!emoji.isEmpty() && emoji.codePoints().allMatch(c -> c == "🗺".codePointAt(0)), "no half emoji: " + emoji);
    }

    @Test
    void aTitleIsMarkedWholeAndEscaped() {
        String title = "マンホール点検写真の登録方法について、現場で撮影した写真を台帳へ登録する手順を知りたい <b>至急</b>";
        String marked = EXCERPT.marked(query("人孔の写真を登録したい"), title);
        assertTrue(marked.contains("<mark>マンホール</mark>"), "through the synonym: " + marked);
        assertTrue(marked.contains("<mark>写真</mark>") && marked.contains("<mark>登録</mark>"), marked);
        assertTrue(marked.contains("&lt;b&gt;至急") && !marked.contains("<b>"), "never cut to a passage, and escaped: " + marked);
        assertEquals(SimpleHTMLEncoder.htmlEncode(title),
                marked.replace("<mark>", "").replace("</mark>", ""), "the text unchanged but for the marks");
        assertEquals("&lt;i&gt;関係ない件名&lt;&#x2F;i&gt;", EXCERPT.marked(query("タブレット"), "<i>関係ない件名</i>"));
        assertEquals("", EXCERPT.marked(query("地図"), null));
    }

    @Test
    void anEnglishPassageIsMarkedWhereItsWordsMatchNotOnEveryThe() {
        String text = "Error E-2031 means the tablet could not reach the sync server.";
        String excerpt = new PassageExcerpt(ANALYZERS, 200).excerpt(query("The tablet will not sync"), text, 1);
        assertTrue(excerpt.contains("<mark>tablet</mark>"), excerpt);
        assertTrue(excerpt.contains("<mark>sync</mark>"), excerpt);
        assertFalse(excerpt.contains("<mark>the</mark>") || excerpt.contains("<mark>not</mark>"), excerpt);
    }

    @Test
    void halfWidthInquiryMarksFullWidthText() {
        String excerpt = EXCERPT.excerpt(query("ﾛｸﾞｲﾝできない"), "ログイン画面でエラーになります。", 1);
        assertTrue(excerpt.contains("<mark>ログイン</mark>"), excerpt);
    }

    @Test
    void marksASynonymOfSeveralWordsOnlyWhereTheyStandTogether() {
        String text = "職員番号とメールアドレスを入力します。暗証番号を忘れた場合は、パスワードの再設定を申請してください。";
        String excerpt = new PassageExcerpt(ANALYZERS, 200).excerpt(query("パスワード"), text, 1);
        assertTrue(excerpt.contains("<mark>パスワード</mark>"), excerpt);
        assertMarkedTogether(excerpt, "暗証", "番号");
        assertTrue(excerpt.contains("職員番号"), excerpt);
    }

    @Test
    void theFirstWordOfASynonymOfSeveralWordsIsNoMatchAlone() {
        // 台帳 = 管理台帳: 管理 is marked only as part of 管理台帳, never in 管路管理課
        String text = "管路管理課が更新します。管理台帳の写しは窓口で交付します。";
        String excerpt = new PassageExcerpt(ANALYZERS, 200).excerpt(query("台帳の写し"), text, 1);
        assertTrue(excerpt.contains("管路管理課"), excerpt);
        assertMarkedTogether(excerpt, "管理", "台帳");
        assertTrue(excerpt.contains("<mark>写し</mark>"), excerpt);
    }

    /** The two words of a synonym of several words are marked where they stand together, as one mark or two. */
    private static void assertMarkedTogether(String excerpt, String first, String second) {
        assertTrue(excerpt.contains("<mark>" + first + "</mark><mark>" + second + "</mark>")
                || excerpt.contains("<mark>" + first + second + "</mark>"), excerpt);
    }

    @Test
    void aPassageWithTheWordBeatsOneWithOnlyASynonymTail() {
        String text = "職員番号、所属番号、内線番号と電話番号を記入してください。"
                + "ログイン後にパスワードを変更してください。";
        String excerpt = new PassageExcerpt(ANALYZERS, 30).excerpt(query("パスワード"), text, 1);
        assertTrue(excerpt.contains("<mark>パスワード</mark>"), excerpt);
        assertFalse(excerpt.contains("<mark>番号</mark>"), excerpt);
    }

    @Test
    void kanaReadAsTheIndexsWordsMarkThoseWordsAndNotKuromojisHiraganaPiecesOfThem() throws IOException {
        String text = "端末の位置を確認します。同期サーバで接続を停止します。データが残っていたかどうかをお知らせください。";
        var searcher = InMemoryTriageIndex.build(ANALYZERS, List.of(new TriageDocument("T1",
                TriageDocument.ARTICLE, "タブレットで同期できない", text, null, List.of(),
                Instant.parse("2025-01-01T00:00:00Z"))));
        ReadingLexicon lexicon = ReadingLexicon.of(searcher.getIndexReader(),
                new ReadingLexicon.Readings(ANALYZERS.spelling()));
        TriageQuery kana = TriageQuery.of("たぶれっとでどうきできない", ANALYZERS, RankingSettings.defaults(), lexicon);
        String excerpt = new PassageExcerpt(ANALYZERS, 200).excerpt(kana, text, 1);
        assertTrue(excerpt.contains("<mark>同期</mark>"), "どうき is read as 同期: " + excerpt);
        assertFalse(excerpt.contains("<mark>どう</mark>"), "どう of どうき is no word of the inquiry: " + excerpt);
    }

    @Test
    void aPassageStartsWhereASentenceStarts() {
        String text = "管路の位置ずれには、表示上の問題と、台帳データそのものの誤りがあります。まず次の点を確認してください。"
                + "背景が航空写真の場合は、撮影角度の影響で数メートルずれて見えることがあります。"
                + "現地の状況を地図の上に描いて添付すると、確認が早く進みます。"
                + "掘削などの工事の前には、台帳の位置だけに頼らず、必ず試掘や現地での確認をあわせて行ってください。";
        for (String inquiry : List.of("航空写真だと位置がずれて見える", "地図に描いて添付したい", "工事の前に試掘が必要か")) {
            for (String passage : EXCERPT.excerpt(query(inquiry), text, 2).split(" … ")) {
                String plain = passage.replace("<mark>", "").replace("</mark>", "");
                int at = text.indexOf(plain);
                assertTrue(at >= 0, "a passage of the text: " + plain);
                assertTrue(at == 0 || text.charAt(at - 1) == '。', inquiry + " -> starts inside a sentence: " + plain);
            }
        }
    }

    @Test
    void anErrorCodeIsMarkedWholeAndOtherCodesNot() {
        String text = "エラー E-1005 はロックを示します。E-1021 は通信の失敗を示します。";
        String excerpt = new PassageExcerpt(ANALYZERS, 200).excerpt(query("E-1021が出ます"), text, 1);
        assertTrue(excerpt.contains("<mark>E-</mark><mark>1021</mark>") || excerpt.contains("<mark>E-1021</mark>"), excerpt);
        assertTrue(excerpt.contains("エラー E-1005"), excerpt);
    }

    @Test
    void aGroupedNumberTypedWithOrWithoutHyphensIsMarkedWholeAndAPartAlone() {
        String text = "管路番号03-1245-07の布設年度を確認しました。";
        PassageExcerpt excerpt = new PassageExcerpt(ANALYZERS, 200);
        assertEquals("<mark>管路</mark>番号<mark>03-1245-07</mark>の布設年度を確認しました。",
                excerpt.excerpt(query("03124507の管路"), text, 1), "typed joined");
        assertTrue(excerpt.excerpt(query("03-1245-07の台帳"), text, 1).contains("<mark>03-1245-07</mark>の"),
                "typed with hyphens");
        assertEquals("管路番号03-<mark>1245</mark>-07の布設年度を確認しました。",
                excerpt.excerpt(query("1245が見つからない"), text, 1), "one part: that part");
        assertEquals("03-1245-07", excerpt.marked(query("布設年度"), "03-1245-07"), "no match: the text unmarked");
    }

    @Test
    void aShortNumberIsMarkedOnlyWithTheWordBesideIt() {
        String text = "7時半から使えません。撮影日から7日を過ぎた写真は削除できません。";
        String excerpt = new PassageExcerpt(ANALYZERS, 200).excerpt(query("あと7日で期限です"), text, 1);
        assertTrue(excerpt.contains("<mark>7</mark><mark>日</mark>を過ぎ"), excerpt);
        assertTrue(excerpt.startsWith("7時半") && excerpt.contains("撮影日から"), "not the 7 of 7時半, nor 撮影日: " + excerpt);
        String numbered = new PassageExcerpt(ANALYZERS, 200).excerpt(query("管路番号0345が見つからない"),
                "「12-0345」まで入力すると同じ路線の管路を確認できます。", 1);
        assertTrue(numbered.contains("<mark>0345</mark>"), "a longer number names a thing: " + numbered);
    }
}
