package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    }

    @Test
    void halfWidthInquiryMarksFullWidthText() {
        String excerpt = EXCERPT.excerpt(query("ﾛｸﾞｲﾝできない"), "ログイン画面でエラーになります。", 1);
        assertTrue(excerpt.contains("<mark>ログイン</mark>"), excerpt);
    }
}
