package org.madoguchi.search.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.madoguchi.search.AnalysisResources;
import org.madoguchi.search.JapaneseAnalyzers;
import org.madoguchi.search.RankingSettings;
import org.madoguchi.search.TriageQuery;

class QueryJsonTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void clausesBoostsAndFiltersKeepTheirMeaning() {
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term("title_ja", "人孔")), 2f), BooleanClause.Occur.SHOULD)
                .add(new DisjunctionMaxQuery(List.of(new TermQuery(new Term("title_bi", "人孔")),
                        new BoostQuery(new TermQuery(new Term("askedAs_bi", "人孔")), 0.5f)), 0f), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("status", "CLOSED")), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term("id", "2026-000001")), BooleanClause.Occur.MUST_NOT)
                .setMinimumNumberShouldMatch(1)
                .build();
        JsonObject bool = QueryJson.of(query).getJsonObject("bool");
        assertEquals(json("{\"term\":{\"title_ja\":{\"value\":\"人孔\",\"boost\":2.0}}}"),
                bool.getJsonArray("should").getJsonObject(0));
        JsonObject disMax = bool.getJsonArray("should").getJsonObject(1).getJsonObject("dis_max");
        assertEquals(Set.of(json("{\"term\":{\"title_bi\":{\"value\":\"人孔\",\"boost\":1.0}}}"),
                        json("{\"term\":{\"askedAs_bi\":{\"value\":\"人孔\",\"boost\":0.5}}}")),
                Set.copyOf(disMax.getJsonArray("queries").getValuesAs(JsonObject.class)));
        assertEquals(0.0, disMax.getJsonNumber("tie_breaker").doubleValue());
        assertEquals("CLOSED", bool.getJsonArray("filter").getJsonObject(0).getJsonObject("term")
                .getJsonObject("status").getString("value"));
        assertEquals("2026-000001", bool.getJsonArray("must_not").getJsonObject(0).getJsonObject("term")
                .getJsonObject("id").getString("value"));
        assertEquals(1, bool.getInt("minimum_should_match"));
        assertTrue(bool.getJsonArray("must").isEmpty());
    }

    @Test
    void synonymsConstantScoresAndEmptyQueriesHaveTheirClusterForm() {
        SynonymQuery synonyms = new SynonymQuery.Builder("text_ja").addTerm(new Term("text_ja", "人孔"))
                .addTerm(new Term("text_ja", "マンホール")).build();
        JsonObject translated = QueryJson.of(new BoostQuery(synonyms, 1.5f));
        assertEquals(1.5, translated.getJsonObject("dis_max").getJsonNumber("boost").doubleValue());
        assertEquals(2, translated.getJsonObject("dis_max").getJsonArray("queries").size());
        assertEquals(json("{\"constant_score\":{\"filter\":{\"term\":{\"kind\":{\"value\":\"ticket\",\"boost\":1.0}}}}}"),
                QueryJson.of(new ConstantScoreQuery(new TermQuery(new Term("kind", "ticket")))));
        assertEquals(json("{\"match_none\":{}}"), QueryJson.of(new MatchNoDocsQuery()));
    }

    @Test
    void aPhraseIsInOrderUnlessItHasSlop() {
        JsonObject exact = QueryJson.of(new PhraseQuery("text_ja", "管理", "台帳")).getJsonObject("span_near");
        assertEquals(json("{\"span_term\":{\"text_ja\":\"管理\"}}"), exact.getJsonArray("clauses").getJsonObject(0));
        assertEquals(0, exact.getInt("slop"));
        assertTrue(exact.getBoolean("in_order"), "管理台帳, not 台帳管理");
        JsonObject near = QueryJson.of(new PhraseQuery(2, "text_ja", "地図", "表示")).getJsonObject("span_near");
        assertEquals(2, near.getInt("slop"));
        assertEquals(false, near.getBoolean("in_order"), "words close together, in either order");
    }

    @Test
    void everyTriageQueryTranslatesAndOtherQueriesAreRefused() {
        TriageQuery triage = TriageQuery.of("ﾏﾝﾎｰﾙの蓋が開かない（Ｅ－１０２１）。a:(b OR \"c) *?~ 😀",
                new JapaneseAnalyzers(AnalysisResources.defaults()), RankingSettings.defaults());
        JsonObject translated = QueryJson.of(triage.query());
        assertTrue(translated.getJsonObject("bool").getJsonArray("should").size() > 10, translated.toString());
        assertThrows(IllegalArgumentException.class, () -> QueryJson.of(new FuzzyQuery(new Term("t", "x"))));
    }
}
