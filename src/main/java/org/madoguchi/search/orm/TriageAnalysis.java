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
import org.madoguchi.search.UserDictionaryCheck;

/**
 * The one set of analyzers of this server: built from the synonym list and user dictionary in
 * {@code <data>/search-config} when an administrator put them there, else from the shipped defaults. Both can be
 * replaced while the server runs. Synonyms apply to inquiries only, so the index stays as it is and the next search
 * uses the new list; a new user dictionary cuts indexed text too, so the index is rebuilt after it
 * ({@link TriageAnalysisConfigurer} hands Hibernate Search analyzers that always use the set in force).
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
        return textInForce(AnalysisResources.SYNONYMS_FILE, AnalysisResources.DEFAULT_SYNONYMS);
    }

    /** Whether an administrator's list replaces the shipped one. */
    public static boolean customSynonyms() {
        return custom(AnalysisResources.SYNONYMS_FILE);
    }

    /**
     * Checks the list by building the analyzers with it, then stores it and puts it in force. A list that cannot be
     * read changes nothing.
     *
     * @throws InvalidAnalysisListException naming the first line that cannot be read
     */
    public static synchronized void replaceSynonyms(String list) {
        String text = list == null ? "" : list.replace("\r\n", "\n");
        replace(AnalysisResources.SYNONYMS_FILE, text,
                (folder, trial) -> build(AnalysisResources.fromFolder(folder).withSynonyms(trial), text));
    }

    /** Goes back to the shipped synonym list. */
    public static synchronized void resetSynonyms() {
        reset(AnalysisResources.SYNONYMS_FILE);
    }

    /** The user dictionary in force, as text: the administrator's, else the shipped one. */
    public static String userDictionary() {
        return textInForce(AnalysisResources.USER_DICTIONARY_FILE, AnalysisResources.DEFAULT_USER_DICTIONARY);
    }

    /** Whether an administrator's user dictionary replaces the shipped one. */
    public static boolean customUserDictionary() {
        return custom(AnalysisResources.USER_DICTIONARY_FILE);
    }

    /**
     * Checks the dictionary line by line and by building the analyzers with it, then stores it and puts it in force
     * for searching and indexing alike. The index holds words cut the old way until it is rebuilt: the caller
     * starts that. A dictionary that cannot be read changes nothing.
     *
     * @throws InvalidAnalysisListException naming the first wrong line and why
     */
    public static synchronized void replaceUserDictionary(String dictionary) {
        String text = dictionary == null ? "" : dictionary.replace("\r\n", "\n");
        UserDictionaryCheck.firstProblem(text).ifPresent(problem -> {
            throw new InvalidAnalysisListException(problem.line(), problem.text(), problem.reason().name());
        });
        replace(AnalysisResources.USER_DICTIONARY_FILE, text, (folder, trial) -> {
            try {
                return new JapaneseAnalyzers(AnalysisResources.fromFolder(folder).withUserDictionary(trial));
            } catch (RuntimeException e) {
                throw new InvalidAnalysisListException(0, String.valueOf(e.getMessage()), "OTHER");
            }
        });
    }

    /** Goes back to the shipped user dictionary (the caller rebuilds the index). */
    public static synchronized void resetUserDictionary() {
        reset(AnalysisResources.USER_DICTIONARY_FILE);
    }

    private static boolean custom(String file) {
        return Files.isRegularFile(configFolder().resolve(file));
    }

    private static String textInForce(String file, String shippedResource) {
        try {
            if (custom(file)) {
                return Files.readString(configFolder().resolve(file), StandardCharsets.UTF_8);
            }
            try (InputStream shipped = TriageAnalysis.class.getClassLoader().getResourceAsStream(shippedResource)) {
                return new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds analyzers from a file of the config folder; throws an exception naming what is wrong. */
    private interface Trial {
        JapaneseAnalyzers build(Path folder, String trialFile);
    }

    /** Writes {@code text} beside the file, builds analyzers with it, and only then puts it in place and in force. */
    private static void replace(String file, String text, Trial trial) {
        Path folder = configFolder();
        Path candidate = folder.resolve(file + ".new");
        try {
            Files.createDirectories(folder);
            Files.writeString(candidate, text, StandardCharsets.UTF_8);
            JapaneseAnalyzers checked;
            try {
                checked = trial.build(folder, candidate.getFileName().toString());
            } catch (RuntimeException e) {
                Files.deleteIfExists(candidate);
                throw e;
            }
            Files.move(candidate, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            analyzers = checked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reset(String file) {
        try {
            Files.deleteIfExists(configFolder().resolve(file));
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
                    throw new InvalidAnalysisListException(line, line >= 1 && line <= lines.length ? lines[line - 1] : "", null);
                }
            }
            throw new InvalidAnalysisListException(0, String.valueOf(e.getMessage()), null);
        }
    }

    private static JapaneseAnalyzers load() {
        return new JapaneseAnalyzers(AnalysisResources.fromFolderIfPresent(configFolder()));
    }

    private static Path configFolder() {
        return IndexDirectories.root().resolveSibling("search-config");
    }
}
