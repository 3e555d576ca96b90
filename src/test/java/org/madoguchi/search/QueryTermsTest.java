package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTermsTest {

    private static final JapaneseAnalyzers ANALYZERS = new JapaneseAnalyzers(AnalysisResources.defaults());

    private static List<QueryTerms.TermGroup> groups(String inquiry) {
        return terms(inquiry).groups();
    }

    @Test
    void aOneWordSynonymJoinsTheWordsGroup() {
        assertEquals(List.of(new QueryTerms.TermGroup(List.of("写真", "画像"), 1, List.of())), groups("写真"));
    }

    @Test
    void aSynonymOfSeveralWordsIsAPhraseOfTheWordsGroupNotWordsOfItsOwn() {
        assertEquals(List.of(
                        new QueryTerms.TermGroup(List.of("パスワード"), 1, List.of(List.of("暗証", "番号"))),
                        new QueryTerms.TermGroup(List.of("忘れる"), 1, List.of())),
                groups("パスワードを忘れた"), "neither 暗証 nor 番号 stands for パスワード alone");
        assertEquals(List.of(
                        new QueryTerms.TermGroup(List.of("台帳"), 1, List.of(List.of("管理", "台帳"))),
                        new QueryTerms.TermGroup(List.of("履歴", "経緯"), 1, List.of())),
                groups("台帳の履歴"), "管理 is no 台帳");
    }

    @Test
    void aWordRepeatedIsCountedOnceWithItsPhrases() {
        assertEquals(List.of(new QueryTerms.TermGroup(List.of("台帳"), 2, List.of(List.of("管理", "台帳")))),
                groups("台帳、台帳"));
    }

    @Test
    void theSeveralWordsWrittenKeepTheirOwnGroupsAndTheOneWordSynonymJoinsTheFirst() {
        assertEquals(List.of(
                        new QueryTerms.TermGroup(List.of("パスワード", "暗証"), 1, List.of()),
                        new QueryTerms.TermGroup(List.of("番号"), 1, List.of())),
                groups("暗証番号"), "パスワード stands for 暗証番号");
        assertEquals(List.of(
                        new QueryTerms.TermGroup(List.of("管理"), 1, List.of()),
                        new QueryTerms.TermGroup(List.of("台帳"), 1, List.of())),
                groups("管理台帳"), "台帳, written already, is not made an equivalent of 管理");
    }

    @Test
    void theSynonymsAddedAreWrittenOutWholeForTheOtherVariants() {
        assertEquals(List.of("画像"), terms("写真").synonyms());
        assertEquals(List.of("暗証番号"), terms("パスワードを忘れた").synonyms(), "暗証 and 番号 apart are no パスワード");
        assertEquals(List.of("パスワード"), terms("暗証番号").synonyms());
        assertEquals(List.of(), terms("管理台帳").synonyms(), "台帳 is written already");
    }

    private static QueryTerms terms(String inquiry) {
        return QueryTerms.analyze(ANALYZERS.morphologicalQuery(),
                TriageFields.field(TriageFields.TEXT, TriageFields.Variant.MORPHOLOGICAL), inquiry, 1000, 100);
    }
}
