package org.madoguchi.search.orm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.ParseException;
import org.madoguchi.search.AnalysisResources;
import org.madoguchi.search.JapaneseAnalyzers;

/**
 * The one set of analyzers of this server: built from the synonym list and user dictionary in
 * {@code <data>/search-config} when an administrator put them there, else from the shipped defaults. The synonym
 * list can be replaced while the server runs: synonyms apply to inquiries only, so the index stays as it is and the
 * next search uses the new list.
 */
public final class TriageAnalysis {

    private static volatile JapaneseAnalyzers analyzers;

    private TriageAnalysis() {
    }

    public static JapaneseAnalyzers analyzers() {
        JapaneseAnalyzers current = analyzers;
        if (current == null) {
            synchronized (TriageAnalysis.class) {
                if (analyzers == null) {
                    analyzers = load();
                }
                current = analyzers;
            }
        }
        return current;
    }

    /** The synonym list in force, as text: the administrator's, else the shipped one. */
    public static String synonyms() {
        try {
            Path custom = configFolder().resolve(AnalysisResources.SYNONYMS_FILE);
            if (Files.isRegularFile(custom)) {
                return Files.readString(custom, StandardCharsets.UTF_8);
            }
            try (InputStream shipped = TriageAnalysis.class.getClassLoader()
                    .getResourceAsStream(AnalysisResources.DEFAULT_SYNONYMS)) {
                return new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an administrator's list replaces the shipped one. */
    public static boolean customSynonyms() {
        return Files.isRegularFile(configFolder().resolve(AnalysisResources.SYNONYMS_FILE));
    }

    /**
     * Checks the list by building the analyzers with it, then stores it and puts it in force. A list that cannot be
     * read changes nothing.
     *
     * @throws InvalidSynonymsException naming the first line that cannot be read
     */
    public static synchronized void replaceSynonyms(String list) {
        String text = list == null ? "" : list.replace("\r\n", "\n");
        Path folder = configFolder();
        Path trial = folder.resolve(AnalysisResources.SYNONYMS_FILE + ".new");
        try {
            Files.createDirectories(folder);
            Files.writeString(trial, text, StandardCharsets.UTF_8);
            JapaneseAnalyzers checked;
            try {
                checked = build(AnalysisResources.fromFolder(folder).withSynonyms(trial.getFileName().toString()), text);
            } catch (InvalidSynonymsException e) {
                Files.deleteIfExists(trial);
                throw e;
            }
            Files.move(trial, folder.resolve(AnalysisResources.SYNONYMS_FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            analyzers = checked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Goes back to the shipped synonym list. */
    public static synchronized void resetSynonyms() {
        try {
            Files.deleteIfExists(configFolder().resolve(AnalysisResources.SYNONYMS_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        analyzers = load();
    }

    private static JapaneseAnalyzers build(AnalysisResources resources, String text) {
        try {
            return new JapaneseAnalyzers(resources);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ParseException parse) {
                    int line = parse.getErrorOffset();
                    String[] lines = text.split("\n", -1);
                    throw new InvalidSynonymsException(line, line >= 1 && line <= lines.length ? lines[line - 1] : "");
                }
            }
            throw new InvalidSynonymsException(0, String.valueOf(e.getMessage()));
        }
    }

    private static JapaneseAnalyzers load() {
        return new JapaneseAnalyzers(AnalysisResources.fromFolderIfPresent(configFolder()));
    }

    private static Path configFolder() {
        return IndexDirectories.root().resolveSibling("search-config");
    }
}
