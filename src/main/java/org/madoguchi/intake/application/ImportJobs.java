package org.madoguchi.intake.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.madoguchi.ticket.domain.Actor;

/** Imports run in the background so that the console can show their progress while they work. */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
    private static final int KEPT = 20;

    @Inject
    HistoryImport history;
    @Resource
    ManagedExecutorService executor;

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    /** Checks the caller's permission now, then imports in the background. */
    public String start(ImportFormat format, ImportEncoding encoding, byte[] content, Locale locale) {
        Actor importer = history.importer();
        ImportJob job = new ImportJob(UUID.randomUUID().toString());
        forgetOldJobs();
        jobs.put(job.id(), job);
        executor.submit(() -> {
            try {
                job.finish(history.runAs(importer, format, encoding, new ByteArrayInputStream(content), locale,
                        job::progress));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Import " + job.id() + " failed", e);
                job.fail(e.getClass().getSimpleName());
            }
        });
        return job.id();
    }

    public Optional<ImportJob> get(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    private void forgetOldJobs() {
        if (jobs.size() >= KEPT) {
            jobs.values().stream().filter(ImportJob::isFinished).map(ImportJob::id).limit(jobs.size() - KEPT + 1)
                    .toList().forEach(jobs::remove);
        }
    }
}
