package org.madoguchi.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.search.Weight;

/**
 * An {@link IndexSearcher} that searches a query in as many equal parts as it has threads, side by side: the index's
 * documents in order, cut into runs of the same length, a segment cut in two where a run ends inside it. Each part is
 * scored by its own scorer and collector, and the collectors share the lowest score still competitive, so every
 * part skips what another part has already beaten. The top hits are the ones a single thread finds.
 * <p>
 * Lucene 9 slices by whole segments, and segments are of any size: a million tickets in three segments of about
 * 330,000 made one thread search two of them while the other idled after one, and an index merged into one segment
 * used one core. Cut into equal parts, the median query at a million tickets took about 7% less than with balanced
 * whole segments ({@code bin/triage-bench}). Lucene 10 cuts segments the same way; this is for Lucene 9, which
 * Hibernate Search 8 uses.
 * <p>
 * Only the parts go to other threads. Lucene would also hand each query term's lookup in each segment to the
 * executor ({@code TermStates}); on an index of many small segments that is a hand-over per term and segment, which
 * costs far more than the lookup, so those run on the calling thread.
 */
public final class CoreSlicedSearcher extends IndexSearcher {

    /** Fewer documents than this per part are not worth a thread: the hand-over costs more than it saves. */
    static final int MIN_DOCS_PER_PART = 1 << 15;

    /** A run of one segment's documents, {@code [min, max)}. */
    record Run(LeafReaderContext leaf, int min, int max) {
    }

    /** Runs each task where it is handed: for the work Lucene would otherwise spread over the executor. */
    private static final TaskExecutor CALLING_THREAD = new TaskExecutor(Runnable::run);

    private final List<List<Run>> parts;
    private final TaskExecutor partsExecutor;

    /** @param threads the executor's threads: the number of parts at most */
    public CoreSlicedSearcher(IndexReader reader, Executor executor, int threads) {
        this(reader, executor, threads, MIN_DOCS_PER_PART);
    }

    CoreSlicedSearcher(IndexReader reader, Executor executor, int threads, int minDocsPerPart) {
        super(reader, executor);
        this.parts = parts(reader.leaves(), threads, minDocsPerPart);
        this.partsExecutor = new TaskExecutor(executor);
    }

    /** The executor Lucene's own code asks for (term statistics per segment and the like): the calling thread. */
    @Override
    public TaskExecutor getTaskExecutor() {
        return CALLING_THREAD;
    }

    /** The runs each thread searches. */
    List<List<Run>> parts() {
        return parts;
    }

    /** The documents of the leaves in order, cut into runs of about the same length, one list of runs per part. */
    static List<List<Run>> parts(List<LeafReaderContext> leaves, int threads, int minDocsPerPart) {
        long documents = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
        int count = (int) Math.max(1, Math.min(Math.max(1, threads), documents / minDocsPerPart));
        long perPart = Math.max(1, (documents + count - 1) / count);
        List<List<Run>> parts = new ArrayList<>();
        List<Run> current = new ArrayList<>();
        long room = perPart;
        for (LeafReaderContext leaf : leaves) {
            int at = 0;
            int maxDoc = leaf.reader().maxDoc();
            while (at < maxDoc) {
                int take = (int) Math.min(room, maxDoc - at);
                current.add(new Run(leaf, at, at + take));
                at += take;
                room -= take;
                if (room == 0) {
                    parts.add(current);
                    current = new ArrayList<>();
                    room = perPart;
                }
            }
        }
        if (!current.isEmpty() || parts.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /**
     * The segments each part touches. Lucene reads only how many there are (more than one: the collectors must share
     * what they find); the search itself goes by {@link #parts}. Lucene asks once, after construction.
     */
    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return parts.stream().map(part -> new LeafSlice(new ArrayList<>(new LinkedHashSet<>(
                part.stream().map(Run::leaf).toList())))).toArray(LeafSlice[]::new);
    }

    @Override
    public <C extends Collector, T> T search(Query query, CollectorManager<C, T> manager) throws IOException {
        if (parts.size() == 1) {
            return super.search(query, manager);
        }
        List<C> collectors = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            collectors.add(manager.newCollector());
        }
        Weight weight = createWeight(rewrite(query), collectors.get(0).scoreMode(), 1);
        List<Callable<C>> tasks = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            C collector = collectors.get(i);
            List<Run> part = parts.get(i);
            tasks.add(() -> {
                for (Run run : part) {
                    score(weight, collector, run);
                }
                return collector;
            });
        }
        // Lucene's own task executor: the calling thread searches a part too, and a failed part fails the search
        return manager.reduce(partsExecutor.invokeAll(tasks));
    }

    private static void score(Weight weight, Collector collector, Run run) throws IOException {
        LeafCollector leafCollector;
        try {
            leafCollector = collector.getLeafCollector(run.leaf());
        } catch (CollectionTerminatedException e) {
            return; // the collector needs nothing from this segment
        }
        BulkScorer scorer = weight.bulkScorer(run.leaf());
        if (scorer != null) {
            try {
                scorer.score(leafCollector, run.leaf().reader().getLiveDocs(), run.min(), run.max());
            } catch (CollectionTerminatedException e) {
                // the collector has what it needs from this run
            }
        }
        leafCollector.finish();
    }
}
