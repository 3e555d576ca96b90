package org.madoguchi.search.orm;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LiveIndexWriterConfig;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.madoguchi.platform.persistence.ApplicationReady;
import org.madoguchi.search.SimilarFirstMerges;

/**
 * Makes the index writers that Hibernate Search opens merge with {@link SimilarFirstMerges}, as
 * {@code bin/triage-bench} does: large merged segments are renumbered so that similar tickets sit together.
 * <p>
 * Hibernate Search 8 builds each writer's configuration itself, with no setting for the merge policy; a Lucene
 * writer takes a new merge policy while it runs ({@link LiveIndexWriterConfig#setMergePolicy}). The writers are
 * reached through three private fields of Hibernate Search, which the version in the pom has. Should an upgrade move
 * them, the index is merged in arrival order as before (slower at a million tickets, never wrong), a warning says
 * so, and {@code SimilarFirstWritersIT} fails. Hibernate Search opens a new writer after a failed write, so the
 * writers are looked at again every few minutes.
 */
@ApplicationScoped
public class SimilarFirstWriters {

    private static final Logger LOG = Logger.getLogger(SimilarFirstWriters.class.getName());
    private static final long CHECK_MINUTES = 5;
    private static final List<String> INDEXES = List.of(DeskIndexMapping.TICKET_INDEX, DeskIndexMapping.ARTICLE_INDEX);

    @PersistenceUnit
    EntityManagerFactory emf;
    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile ScheduledFuture<?> schedule;
    private volatile boolean warned;

    void start(@Observes ApplicationReady ready) {
        apply();
        schedule = scheduler.scheduleWithFixedDelay(this::apply, CHECK_MINUTES, CHECK_MINUTES, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Sets the merge policy of each index's writer (opened if it is not yet); returns the writers that have it. */
    public synchronized int apply() {
        int similarFirst = 0;
        for (String index : INDEXES) {
            LuceneIndexManager manager;
            try {
                manager = Search.mapping(emf).indexManager(index).unwrap(LuceneIndexManager.class);
            } catch (SearchException e) {
                return 0; // on an Elasticsearch/OpenSearch cluster, which merges as it is configured
            }
            try {
                for (IndexWriter writer : writersOf(manager)) {
                    LiveIndexWriterConfig config = writer.getConfig();
                    config.setMergePolicy(SimilarFirstMerges.around(config.getMergePolicy()));
                    similarFirst += SimilarFirstMerges.appliesTo(writer.getConfig().getMergePolicy()) ? 1 : 0;
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                if (!warned) {
                    warned = true;
                    LOG.log(Level.WARNING, "Cannot reach Hibernate Search's index writers: the index is merged in "
                            + "arrival order, and triage over a large history is slower", e);
                }
            }
        }
        return similarFirst;
    }

    /** The writer of each shard of an index, opened if Hibernate Search has not opened it yet. */
    static List<IndexWriter> writersOf(LuceneIndexManager manager) throws ReflectiveOperationException {
        Map<?, ?> shards = (Map<?, ?>) field(field(manager, "shardHolder"), "shards");
        List<IndexWriter> writers = new ArrayList<>();
        for (Object shard : shards.values()) {
            Object accessor = field(shard, "indexAccessor");
            writers.add((IndexWriter) accessor.getClass().getMethod("getWriterForTests").invoke(accessor));
        }
        return writers;
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }
}
