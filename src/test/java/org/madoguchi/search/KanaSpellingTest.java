package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KanaSpellingTest {

    private static final JapaneseAnalyzers ANALYZERS = new JapaneseAnalyzers(AnalysisResources.defaults());

    @Test
    void kanjiWordsAreSpelledByTheirReadingAndTheRestStaysAsWritten() {
        KanaSpelling kana = new KanaSpelling(ANALYZERS.spelling(), false);
        assertEquals("ちずでマンホールをせんたくできない（E-1021）。",
                kana.respell("地図でマンホールを選択できない（E-1021）。"));
    }

    @Test
    void katakanaWordsTooWhenAsked() {
        KanaSpelling kana = new KanaSpelling(ANALYZERS.spelling(), true);
        assertEquals("ちずでまんほーるをせんたくできない", kana.respell("地図でマンホールを選択できない"));
    }
}
