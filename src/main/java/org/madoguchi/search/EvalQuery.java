package org.madoguchi.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One labelled inquiry of an evaluation set (see /work/shared/eval/README.md).
 *
 * @param relevant corpus ids answering it, best first; empty for a new issue
 * @param grades graded relevance by id, or empty for binary relevance
 * @param known whether it is a known issue, or null when the set does not say
 * @param exclude ids never to count (the query's own report)
 * @param created only entries created before this may be found, or null
 */
public record EvalQuery(String id, String text, List<String> relevant, Map<String, Integer> grades,
                        Boolean known, List<String> exclude, Instant created) {
}
