package org.madoguchi.search;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One query set cut in two, one half replayed as history (the learning from links) and the other measured, to see
 * on a dev split what learning gives and costs without touching the test split. Queries are grouped by the entry
 * that answers them best (their first relevant id); queries without one (new issues) are always measured.
 * <ul>
 *   <li>{@link Mode#SAME}: every other query of each group is history. Measures learning from other wordings of
 *       the same questions: it should help.</li>
 *   <li>{@link Mode#OTHER}: the queries of every other group (groups by id) are history. Measures what wordings
 *       learnt for other questions do to these: at best nothing.</li>
 * </ul>
 */
public final class HistorySplit {

    public enum Mode {
        SAME, OTHER;

        public static Mode of(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--history-split takes same or other, not " + name, e);
            }
        }
    }

    /** The two halves: replayed as history, and measured. */
    public record Halves(List<EvalQuery> history, List<EvalQuery> measured) {
    }

    private HistorySplit() {
    }

    public static Halves split(List<EvalQuery> queries, Mode mode) {
        Map<String, List<EvalQuery>> groups = new TreeMap<>();
        List<EvalQuery> history = new ArrayList<>();
        List<EvalQuery> measured = new ArrayList<>();
        for (EvalQuery query : queries) {
            if (!query.relevant().isEmpty()) {
                groups.computeIfAbsent(query.relevant().get(0), id -> new ArrayList<>()).add(query);
            }
        }
        Map<EvalQuery, Boolean> isHistory = new IdentityHashMap<>();
        int group = 0;
        for (List<EvalQuery> members : groups.values()) {
            for (int i = 0; i < members.size(); i++) {
                isHistory.put(members.get(i), mode == Mode.SAME ? i % 2 == 0 : group % 2 == 0);
            }
            group++;
        }
        for (EvalQuery query : queries) {
            (isHistory.getOrDefault(query, false) ? history : measured).add(query);
        }
        return new Halves(history, measured);
    }
}
