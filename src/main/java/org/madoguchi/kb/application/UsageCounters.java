package org.madoguchi.kb.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.madoguchi.kb.domain.UsageKind;
import org.madoguchi.kb.persistence.UsageTable;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.platform.persistence.ApplicationReady;

/**
 * Counts views, votes, deflections and linked tickets per article and month. Counting a page view must not make
 * every reader of a popular page wait for the same database row, so counts are added up in memory and written
 * every few seconds (and before anyone reads them); a crash loses at most those seconds of counts.
 */
@ApplicationScoped
public class UsageCounters {

    private static final Logger LOG = Logger.getLogger(UsageCounters.class.getName());
    private static final int FLUSH_SECONDS = 10;

    private record Key(long articleId, String month, UsageKind kind) {
    }

    @Inject
    UsageTable table;
    @Inject
    Settings settings;
    @Inject
    Clock clock;
    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicReference<Map<Key, LongAdder>> pending = new AtomicReference<>(new ConcurrentHashMap<>());
    private volatile ScheduledFuture<?> schedule;

    void start(@Observes ApplicationReady ready) {
        schedule = scheduler.scheduleWithFixedDelay(this::flushQuietly, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    public void count(long articleId, UsageKind kind, long delta) {
        count(articleId, kind, delta, YearMonth.now(clock.withZone(settings.zone())));
    }

    /** Counts into a month of the past: for history recorded afterwards, such as the demo's year. */
    public void count(long articleId, UsageKind kind, long delta, YearMonth month) {
        pending.get().computeIfAbsent(new Key(articleId, month.toString(), kind), k -> new LongAdder()).add(delta);
    }

    /** Writes what was counted since the last time; a failed write puts the counts back for the next round. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public synchronized void flush() {
        Map<Key, LongAdder> taken = pending.getAndSet(new ConcurrentHashMap<>());
        try {
            taken.forEach((k, v) -> {
                long n = v.sum();
                if (n != 0) {
                    table.add(k.articleId(), k.month(), k.kind(), n);
                }
            });
        } catch (RuntimeException e) {
            taken.forEach((k, v) -> pending.get().computeIfAbsent(k, x -> new LongAdder()).add(v.sum()));
            throw e;
        }
    }

    /** The rows of a month, or of all months (null), with everything counted so far. */
    @Transactional
    public List<UsageTable.Row> rows(String month) {
        flush();
        return table.rows(month);
    }

    /** One article's rows, the latest month first, with everything counted so far. */
    @Transactional
    public List<UsageTable.Row> rowsOf(long articleId) {
        flush();
        return table.rowsOf(articleId);
    }

    @Transactional
    public Map<Long, Long> totalViews() {
        return table.totalViews();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not write the knowledge-base counters; will retry", e);
        }
    }
}
