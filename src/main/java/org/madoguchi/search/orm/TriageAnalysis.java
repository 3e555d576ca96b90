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

    static final String SYNONYMS = "synonyms-ja.txt";
    private static final String USER_DICTIONARY = "userdict-ja.txt";

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
            Path custom = configFolder().resolve(SYNONYMS);
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
        return Files.isRegularFile(configFolder().resolve(SYNONYMS));
    }

    /**
     * Checks the list by building the analyzers with it, then stores it and puts it in force. A list that cannot be
     * read changes nothing.
     *
     * @throws InvalidSynonymsException naming the first line that cannot be read
     */
    public static synchronized void replaceSynonyms(String list) {
        String text = list == null ? "" : list.replace("\r\n", "\n");
        try {
            Path trial = Files.createTempDirectory("synonyms");
            try {
                Files.writeString(trial.resolve(SYNONYMS), text, StandardCharsets.UTF_8);
                Path dictionary = configFolder().resolve(USER_DICTIONARY);
                if (Files.isRegularFile(dictionary)) {
                    Files.copy(dictionary, trial.resolve(USER_DICTIONARY));
                }
                JapaneseAnalyzers checked = build(trial, text);
                Files.createDirectories(configFolder());
                Path written = Files.move(trial.resolve(SYNONYMS), configFolder().resolve(SYNONYMS + ".new"),
                        StandardCopyOption.REPLACE_EXISTING);
                Files.move(written, configFolder().resolve(SYNONYMS), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                analyzers = checked;
            } finally {
                try (var left = Files.list(trial)) {
                    for (Path file : left.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(trial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Goes back to the shipped synonym list. */
    public static synchronized void resetSynonyms() {
        try {
            Files.deleteIfExists(configFolder().resolve(SYNONYMS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        analyzers = load();
    }

    private static JapaneseAnalyzers build(Path folder, String text) {
        try {
            return new JapaneseAnalyzers(AnalysisResources.fromFolder(folder));
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
        Path custom = configFolder();
        return new JapaneseAnalyzers(Files.isDirectory(custom)
                ? AnalysisResources.fromFolder(custom) : AnalysisResources.defaults());
    }

    private static Path configFolder() {
        return IndexDirectories.root().resolveSibling("search-config");
    }
}
