package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class TriageFiltersTest {

    private static final JapaneseAnalyzers ANALYZERS = new JapaneseAnalyzers(AnalysisResources.defaults());

    private static TriageDocument entry(String id, String created) {
        return new TriageDocument(id, TriageDocument.TICKET, "地図が表示されない " + id, "", null, List.of(),
                created == null ? null : Instant.parse(created));
    }

    private static Set<String> ids(IndexSearcher searcher, Query filter) throws IOException {
        return Arrays.stream(searcher.search(filter, 10).scoreDocs).map(hit -> {
            try {
                return searcher.storedFields().document(hit.doc).get(TriageFields.ID);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).collect(Collectors.toSet());
    }

    @Test
    void theHistoryAsItWasKeepsEarlierAndUndatedEntries() throws IOException {
        IndexSearcher searcher = InMemoryTriageIndex.build(ANALYZERS, List.of(entry("old", "2024-01-01T00:00:00Z"),
                entry("new", "2026-01-01T00:00:00Z"), entry("faq", null)));
        Query filter = TriageFilters.of(Instant.parse("2025-06-01T00:00:00Z"), List.of(), null);
        assertEquals(Set.of("old", "faq"), ids(searcher, filter), "a later case is left out; a FAQ without a date is not");
        assertEquals(Set.of("faq"), ids(searcher, TriageFilters.of(Instant.parse("2024-01-01T00:00:00Z"), List.of("x"), null)),
                "strictly before: an entry of that very instant is left out");
    }
}
