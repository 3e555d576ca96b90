package org.madoguchi.search;

import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.misc.index.BPIndexReorderer;
import org.apache.lucene.misc.index.BPReorderingMergePolicy;

/**
 * The index's merge policy with one addition: a merge that makes a large segment also renumbers its documents so
 * that documents sharing words sit next to each other (recursive graph bisection, Lucene's
 * {@link BPIndexReorderer}).
 * <p>
 * Why: the triage query is a disjunction of an inquiry's words, and Lucene skips any block of 128 postings whose
 * best possible score cannot enter the top ten. In arrival order every block holds every subject, so every block
 * can score and little is skipped; grouped by subject, the blocks of other subjects are passed over. Scores and
 * rankings do not change (only which of two equal scores comes first). Measured with {@code bin/triage-bench} at a
 * million tickets, the same queries side by side on an index in arrival order: the median bare query takes about a
 * third less time. Renumbering costs merge time: on two cores the bench's million
 * tickets took 1.1–1.3 times as long to be searchable (merges share the cores with indexing) and 1.6–1.8 times as
 * long until every merge was done.
 * <p>
 * Small segments keep their order: they are merged again soon, and a desk with a small history needs no help.
 */
public final class SimilarFirstMerges {

    /** Merged segments of at least this many documents are renumbered (Lucene's suggested threshold). */
    static final int MIN_DOCS = 1 << 16;

    private SimilarFirstMerges() {
    }

    /** {@code merges}, renumbering large merged segments; a policy that already does is returned as it is. */
    public static MergePolicy around(MergePolicy merges) {
        if (merges instanceof BPReorderingMergePolicy) {
            return merges;
        }
        BPIndexReorderer reorderer = new BPIndexReorderer();
        // Lucene's default budget is a tenth of the heap committed at the moment; a tenth of the maximum is steadier.
        // A segment too large for it is merged in arrival order, as before.
        reorderer.setRAMBudgetMB(Math.max(32, Runtime.getRuntime().maxMemory() / (10.0 * 1024 * 1024)));
        BPReorderingMergePolicy reordering = new BPReorderingMergePolicy(merges, reorderer);
        reordering.setMinNaturalMergeNumDocs(MIN_DOCS);
        return reordering;
    }

    /** Whether {@code merges} renumbers large merged segments. */
    public static boolean appliesTo(MergePolicy merges) {
        return merges instanceof BPReorderingMergePolicy;
    }
}
