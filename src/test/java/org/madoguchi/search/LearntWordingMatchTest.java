package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearntWordingMatchTest {

    private static final JapaneseAnalyzers ANALYZERS = new JapaneseAnalyzers(AnalysisResources.defaults());
    private static final LearntWordingMatch MATCH = new LearntWordingMatch(ANALYZERS);

    private static Optional<String> best(String inquiry, List<String> wordings) {
        return MATCH.best(TriageQuery.of(inquiry, ANALYZERS, RankingSettings.defaults()), wordings);
    }

    @Test
    void namesTheWordingThatAskedMostLikeTheInquiry() {
        List<String> wordings = List.of("マンホールの場所が地図でわからない", "人孔がどこにあるか地図で見たい",
                "印刷した地図で人孔を探したい");
        assertEquals(Optional.of("人孔がどこにあるか地図で見たい"), best("人孔の場所を地図で見たい", wordings));
    }

    @Test
    void namesNoneWhenTheWordingsShareOnlyAWordOrTwoWithTheInquiry() {
        List<String> wordings = List.of("マンホールの場所が地図でわからない", "印刷した地図で人孔を探したい");
        assertEquals(Optional.empty(), best("印刷すると地図の縮尺が変わる", wordings),
                "they did not lift the entry, so they explain nothing");
        assertEquals(Optional.empty(), best("人孔の場所", List.of()));
    }
}
