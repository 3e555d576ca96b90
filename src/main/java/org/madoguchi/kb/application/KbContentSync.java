package org.madoguchi.kb.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.kb.domain.KbFile;
import org.madoguchi.kb.domain.KbFileFormat;
import org.madoguchi.kb.domain.KbFiles;
import org.madoguchi.kb.persistence.ArticleRepository;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.persistence.ApplicationReady;

/**
 * The {@code kb-content/} files: imported on first start (the starter set shipped in the WAR, or the folder named
 * by {@code madoguchi.kb.content-dir}) and on demand, idempotent by id and version; exported back to the same
 * format so that content can be reviewed in git.
 */
@ApplicationScoped
public class KbContentSync {

    private static final Logger LOG = Logger.getLogger(KbContentSync.class.getName());
    /** Where the build puts the starter set inside the WAR's classes. */
    static final String BUNDLED = "kb-content";

    @Inject
    ArticleRepository articles;
    @Inject
    KbContentWriter writer;
    @Inject
    CurrentUser currentUser;
    @Inject
    Settings settings;
    @Inject
    @ConfigProperty(name = "madoguchi.kb.content-dir")
    Optional<String> contentDir;

    void onReady(@Observes ApplicationReady ready) {
        if (writer.articleCount() > 0) {
            return;
        }
        Map<String, String> files = contentDir.filter(d -> !d.isBlank()).map(Path::of).filter(Files::isDirectory)
                .map(KbContentSync::readFolder).orElseGet(KbContentSync::bundled);
        KbImportReport report = importAll(files);
        LOG.info(() -> "Knowledge base: imported " + report.created() + " articles from " + report.files()
                + " kb-content files" + (report.failed() > 0 ? "; " + report.failed() + " failed: " + report.errors() : ""));
    }

    /** Imports files given as relative path → text (as in a zip of the folder); only {@code *.md} files count. */
    public KbImportReport importFiles(Map<String, String> files) {
        currentUser.require(Permission.SYNC_KB);
        return importAll(files);
    }

    /** The live articles as kb-content files: relative path → text. */
    @Transactional
    public Map<String, String> export() {
        currentUser.require(Permission.SYNC_KB);
        ZoneId zone = settings.zone();
        Map<String, String> files = new TreeMap<>();
        for (Article a : articles.allWithRevisions()) {
            if (!a.isLive()) {
                continue;
            }
            var live = a.live().orElseThrow();
            KbFiles.files(a.getSlug(), a.getKind(), live.getNumber(), live.getCreatedAt().atZone(zone).toLocalDate(),
                    live.getContent()).forEach(f -> files.put(f.relativePath(), KbFileFormat.write(f)));
        }
        return files;
    }

    private KbImportReport importAll(Map<String, String> files) {
        List<KbImportReport.Problem> problems = new ArrayList<>();
        Map<String, List<KbFile>> byId = new LinkedHashMap<>();
        int read = 0;
        for (var file : new TreeMap<>(files).entrySet()) {
            if (!file.getKey().endsWith(".md") || file.getKey().endsWith("README.md")) {
                continue;
            }
            read++;
            try {
                KbFile parsed = KbFileFormat.parse(file.getValue());
                byId.computeIfAbsent(parsed.id(), k -> new ArrayList<>()).add(parsed);
            } catch (KbFileFormat.FormatException e) {
                problems.add(new KbImportReport.Problem(file.getKey(), e.getMessage()));
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (var entry : byId.entrySet()) {
            try {
                switch (writer.write(KbFiles.combine(entry.getValue()), settings.zone())) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (RuntimeException e) {
                String message = e instanceof InvalidInputException invalid
                        ? invalid.violations().toString() : String.valueOf(e.getMessage());
                problems.add(new KbImportReport.Problem(entry.getKey(), message));
            }
        }
        return new KbImportReport(read, created, updated, unchanged, problems.size(), problems);
    }

    static Map<String, String> readFolder(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The starter set the build copied into the WAR. */
    static Map<String, String> bundled() {
        URL url = KbContentSync.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            return Map.of();
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return readFolder(Path.of(url.toURI()));
            }
            try (var fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                return readFolder(Path.of(url.toURI()));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot read the bundled kb-content", e);
        }
    }
}
