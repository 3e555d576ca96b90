package org.madoguchi.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an evaluation set holds that would change its figures without a word: the same corpus id twice (one id names
 * one entry, as on the server, so the later line is kept), queries naming entries the corpus lacks (they count as
 * not found), and queries with no text (they find nothing). Each is said once, with the first example.
 */
final class EvalSetCheck {

    private EvalSetCheck() {
    }

    /** The checked set: the corpus with one entry per id, and what to warn about. */
    record Checked(List<TriageDocument> corpus, List<String> warnings) {
    }

    static Checked of(List<TriageDocument> corpus, List<EvalQuery> queries) {
        List<String> warnings = new ArrayList<>();
        Map<String, TriageDocument> byId = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        for (TriageDocument entry : corpus) {
            if (byId.put(entry.id(), entry) != null) {
                repeated.add(entry.id());
            }
        }
        if (!repeated.isEmpty()) {
            warnings.add(count(repeated.size(), "corpus line repeats", "corpus lines repeat") + " an id used before (first: "
                    + repeated.get(0) + "); the later line is the entry, as one id names one entry");
        }
        List<String> missing = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        Set<String> queryIds = new HashSet<>();
        List<String> repeatedQueries = new ArrayList<>();
        for (EvalQuery query : queries) {
            query.relevant().stream().filter(id -> !byId.containsKey(id)).findFirst()
                    .ifPresent(id -> missing.add(query.id() + " → " + id));
            if (query.text().isBlank()) {
                empty.add(query.id());
            }
            if (!queryIds.add(query.id())) {
                repeatedQueries.add(query.id());
            }
        }
        if (!missing.isEmpty()) {
            warnings.add(count(missing.size(), "query names", "queries name") + " a relevant entry the corpus does not hold"
                    + " (first: " + missing.get(0) + "); it counts as not found");
        }
        if (!empty.isEmpty()) {
            warnings.add(count(empty.size(), "query has", "queries have") + " no text (first: " + empty.get(0)
                    + "); it finds nothing");
        }
        if (!repeatedQueries.isEmpty()) {
            warnings.add(count(repeatedQueries.size(), "query repeats", "queries repeat") + " an id used before (first: "
                    + repeatedQueries.get(0) + "); each is measured");
        }
        return new Checked(new ArrayList<>(byId.values()), warnings);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
