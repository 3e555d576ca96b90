package org.madoguchi.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * New-issue inquiries made from known ones: each known query once more, with the entries that answer it excluded
 * from the corpus, so that nothing answers it. A desk's own history holds no labelled new issues, yet the
 * known/new threshold is chosen by how often a "known" proposal is wrong; left-out answers give every set with
 * relevance labels such negatives, and hard ones: the inquiry still shares its words with the entries near its
 * answer. A set's own new issues (known false) stay as they are, and queries whose set does not say count as known.
 * <p>
 * What they do not test: the left-out entries are filtered out, not taken out of the index, so the inquiry's words
 * are still words the history knows. A real new issue often names its subject in a word no entry uses; the copies
 * measure how well the proposal tells an answer from its near neighbours, not how it weighs unknown words.
 */
public final class LeftOutAnswers {

    /** Suffix of the id of the copy whose answers are left out. */
    static final String SUFFIX = "~left-out";

    private LeftOutAnswers() {
    }

    /** The queries (known unless they say otherwise), each followed by its copy without its answers. */
    public static List<EvalQuery> added(List<EvalQuery> queries) {
        List<EvalQuery> out = new ArrayList<>();
        for (EvalQuery query : queries) {
            if (query.relevant().isEmpty()) {
                out.add(query);
                continue;
            }
            out.add(new EvalQuery(query.id(), query.text(), query.relevant(), query.grades(),
                    query.known() == null || query.known(), query.exclude(), query.created()));
            List<String> exclude = new ArrayList<>(query.exclude());
            exclude.addAll(query.relevant());
            out.add(new EvalQuery(query.id() + SUFFIX, query.text(), List.of(), Map.of(), false,
                    List.copyOf(exclude), query.created()));
        }
        return out;
    }
}
