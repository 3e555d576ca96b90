package org.madoguchi.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * New-issue inquiries made from known ones: each known query once more, searched in the corpus without the entries
 * that answer it, so that nothing answers it. A desk's own history holds no labelled new issues, yet the known/new
 * threshold is chosen by how often a "known" proposal is wrong; left-out answers give every set with relevance
 * labels such negatives, and hard ones: the inquiry still shares its words with the entries near its answer. The
 * answers are taken out of the index, not filtered: a word only they used is then a word the history does not
 * know, as a real new issue's subject often is. A set's own new issues (known false) stay as they are, and
 * queries whose set does not say count as known.
 *
 * @param queries the queries, each answered one followed by its copy
 * @param removed by copy id, the entries its index must not hold
 */
public record LeftOutAnswers(List<EvalQuery> queries, Map<String, Set<String>> removed) {

    /** Suffix of the id of the copy whose answers are left out. */
    static final String SUFFIX = "~left-out";

    /** Nothing left out: every query is searched in the whole corpus. */
    public static LeftOutAnswers none() {
        return new LeftOutAnswers(List.of(), Map.of());
    }

    public static LeftOutAnswers of(List<EvalQuery> queries) {
        List<EvalQuery> out = new ArrayList<>();
        Map<String, Set<String>> removed = new LinkedHashMap<>();
        for (EvalQuery query : queries) {
            if (query.relevant().isEmpty()) {
                out.add(query);
                continue;
            }
            out.add(new EvalQuery(query.id(), query.text(), query.relevant(), query.grades(),
                    query.known() == null || query.known(), query.exclude(), query.created()));
            // excluded as well, for a search that filters rather than rebuilds (the --baseline run)
            List<String> exclude = new ArrayList<>(query.exclude());
            exclude.addAll(query.relevant());
            EvalQuery copy = new EvalQuery(query.id() + SUFFIX, query.text(), List.of(), Map.of(), false,
                    List.copyOf(exclude), query.created());
            out.add(copy);
            removed.put(copy.id(), Set.copyOf(query.relevant()));
        }
        return new LeftOutAnswers(List.copyOf(out), Map.copyOf(removed));
    }

    /** Whether the query is a copy asked without its answers. */
    static boolean isCopy(EvalQuery query) {
        return query.id().endsWith(SUFFIX);
    }

    /** The id of the inquiry the query was asked as: its own, or for a copy the one it copies. */
    static String inquiryOf(EvalQuery query) {
        return isCopy(query) ? query.id().substring(0, query.id().length() - SUFFIX.length()) : query.id();
    }

    /** The entries the index must not hold for this query: none but for a copy. */
    public Set<String> removedFor(EvalQuery query) {
        return removed.getOrDefault(query.id(), Set.of());
    }
}
