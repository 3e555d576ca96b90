package org.madoguchi.search.orm;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.platform.persistence.ApplicationReady;
import org.madoguchi.search.TriageFields;
import org.madoguchi.ticket.domain.Ticket;

/**
 * Keeps the index consistent with the database. A clean shutdown leaves a marker; a start without it (a
 * crash, a kill, a new index folder) or with the marker of an older field layout (an upgrade)
 * rebuilds the index from the database in the background, so no manual step is needed. Administrators can also rebuild on demand.
 */
@ApplicationScoped
public class IndexMaintenance {

    private static final Logger LOG = Logger.getLogger(IndexMaintenance.class.getName());
    private static final String CLEAN_SHUTDOWN = "clean-shutdown";
    /** Written into the marker: an index of another field layout is rebuilt at start, as after a crash. */
    private static final String LAYOUT = "index closed cleanly, field layout " + TriageFields.LAYOUT_VERSION + "\n";

    @PersistenceUnit
    EntityManagerFactory emf;
    @Resource
    ManagedExecutorService executor;

    private volatile IndexRebuild last;
    private volatile Future<?> running;
    /** Why the index must be rebuilt once more when the running rebuild ends (it began before the change). */
    private Request again;

    /** A rebuild asked for: why, and by whom (null when the server asks). */
    private record Request(RebuildReason reason, String requestedBy) {
    }

    void onStart(@Observes ApplicationReady ready) {
        recoverIfUncleanShutdown();
    }

    /**
     * Builds a new index, or rebuilds unless the last shutdown was clean; the marker is consumed, so a crash now is
     * noticed next time.
     */
    public Optional<IndexRebuild> recoverIfUncleanShutdown() {
        Path marker = IndexDirectories.root().resolve(CLEAN_SHUTDOWN);
        try {
            String written = Files.exists(marker) ? Files.readString(marker) : null;
            Files.deleteIfExists(marker);
            Optional<RebuildReason> reason = RebuildReason.atStart(written, LAYOUT,
                    IndexDirectories.takeCreatedAtThisStart());
            reason.ifPresent(why -> LOG.info(() -> switch (why) {
                case NEW_INDEX -> "The index is new: building it from the database";
                case LAYOUT_CHANGED -> "The index was written with an older field layout: rebuilding it from the database";
                default -> "The index was not closed cleanly last time: rebuilding it from the database";
            }));
            return reason.map(why -> rebuild(why, null));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot check the index marker; rebuilding to be safe", e);
            return Optional.of(rebuild(RebuildReason.MARKER_UNREADABLE, null));
        }
    }

    /**
     * Starts a rebuild unless one is running; returns its progress.
     *
     * @param requestedBy the account asking, or null when the server rebuilds on its own
     */
    public synchronized IndexRebuild rebuild(RebuildReason reason, String requestedBy) {
        if (last != null && last.isRunning()) {
            return last;
        }
        AtomicLong total = new AtomicLong();
        AtomicLong done = new AtomicLong();
        last = IndexRebuild.started(reason, requestedBy, Instant.now());
        running = executor.submit(() -> {
            try {
                Search.mapping(emf).scope(List.of(Ticket.class, Article.class)).massIndexer()
                        .threadsToLoadObjects(1).batchSizeToLoadObjects(200)
                        .monitor(new Monitor(total, done))
                        .startAndWait();
                finish(total.get(), done.get(), null);
                LOG.info(() -> "Index rebuilt: " + done.get() + " tickets and articles");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                finish(total.get(), done.get(), "interrupted");
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Index rebuild failed", e);
                finish(total.get(), done.get(), e.getClass().getSimpleName());
            }
        });
        return last;
    }

    /**
     * Rebuilds because the analysis changed (a new user dictionary): at once, or, when a rebuild is running, once
     * more after it, since part of that one was cut the old way.
     */
    public synchronized IndexRebuild rebuildAfterAnalysisChange(RebuildReason reason, String requestedBy) {
        if (last != null && last.isRunning()) {
            again = new Request(reason, requestedBy);
            return last;
        }
        return rebuild(reason, requestedBy);
    }

    private synchronized void finish(long total, long done, String failure) {
        last = last.ended(total, done, failure, Instant.now());
        if (again != null) {
            Request next = again;
            again = null;
            rebuild(next.reason(), next.requestedBy());
        }
    }

    public Optional<IndexRebuild> lastRebuild() {
        return Optional.ofNullable(last);
    }

    /**
     * Waits until no rebuild is running (for commands and tests), at most the given time: through a rebuild that
     * another follows ({@link #rebuildAfterAnalysisChange}) too.
     */
    public Optional<IndexRebuild> awaitRebuild(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Future<?> job;
            IndexRebuild current;
            synchronized (this) {
                job = running;
                current = last;
            }
            long left = deadline - System.nanoTime();
            if (job == null || current == null || !current.isRunning() || left <= 0) {
                return lastRebuild();
            }
            try {
                job.get(left, TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                return lastRebuild();
            }
        }
    }

    @PreDestroy
    void markCleanShutdown() {
        if (last != null && last.isRunning()) {
            return; // an unfinished rebuild must run again next time
        }
        if (!committed()) {
            return;
        }
        try {
            Path root = IndexDirectories.root();
            Files.createDirectories(root);
            Files.writeString(root.resolve(CLEAN_SHUTDOWN), LAYOUT);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot mark the clean shutdown; the index will be rebuilt at the next start", e);
        }
    }

    /**
     * Whether the index on disk holds every change, as the marker vouches: what is searchable but not yet committed
     * (Hibernate Search commits about once a second) is committed now. When the application is undeployed rather
     * than stopped, the persistence unit has closed already, and Hibernate Search committed as it closed with it.
     */
    private boolean committed() {
        SearchMapping mapping;
        try {
            mapping = Search.mapping(emf);
        } catch (RuntimeException closedWithThePersistenceUnit) {
            return true;
        }
        try {
            mapping.scope(List.of(Ticket.class, Article.class)).workspace().flush();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot commit the index at shutdown; it will be rebuilt at the next start", e);
            return false;
        }
    }

    /** Feeds the progress that the console shows. */
    private final class Monitor implements MassIndexingMonitor {
        private final AtomicLong total;
        private final AtomicLong done;

        Monitor(AtomicLong total, AtomicLong done) {
            this.total = total;
            this.done = done;
        }

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
            publish();
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
            publish();
        }

        @Override
        public void indexingCompleted() {
        }

        private void publish() {
            synchronized (IndexMaintenance.this) {
                if (last != null && last.isRunning()) {
                    last = last.progressed(total.get(), done.get());
                }
            }
        }
    }
}
