package org.madoguchi.search;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the editable analysis files come from. A file in {@code configDir} (e.g. the data folder, edited by an
 * administrator) wins; otherwise the default shipped on the classpath is used. The user dictionary is optional.
 *
 * @param configDir folder searched first, or null for the classpath defaults only
 * @param synonymsFile synonym file name in Solr format
 * @param userDictionaryFile Kuromoji user dictionary (CSV) file name, or null for none
 */
public record AnalysisResources(Path configDir, String synonymsFile, String userDictionaryFile) {

    /** The shipped default synonyms, a classpath resource. */
    public static final String DEFAULT_SYNONYMS = "org/madoguchi/search/synonyms-ja.txt";

    /** The shipped default user dictionary, a classpath resource. */
    public static final String DEFAULT_USER_DICTIONARY = "org/madoguchi/search/userdict-ja.txt";

    /** The synonym list's file name in a config folder. */
    public static final String SYNONYMS_FILE = "synonyms-ja.txt";

    /** The user dictionary's file name in a config folder. */
    public static final String USER_DICTIONARY_FILE = "userdict-ja.txt";

    /** Classpath defaults: shipped synonyms and user dictionary. */
    public static AnalysisResources defaults() {
        return new AnalysisResources(null, DEFAULT_SYNONYMS, DEFAULT_USER_DICTIONARY);
    }

    /** An administrator's folder where it exists ({@link #fromFolder}), else the shipped defaults. */
    public static AnalysisResources fromFolderIfPresent(Path dir) {
        return Files.isDirectory(dir) ? fromFolder(dir) : defaults();
    }

    /** The synonym file in {@code dir} if present, else the shipped one; likewise the user dictionary. */
    public static AnalysisResources fromFolder(Path dir) {
        String synonyms = Files.isRegularFile(dir.resolve(SYNONYMS_FILE)) ? SYNONYMS_FILE : DEFAULT_SYNONYMS;
        String userDictionary = Files.isRegularFile(dir.resolve(USER_DICTIONARY_FILE))
                ? USER_DICTIONARY_FILE : DEFAULT_USER_DICTIONARY;
        return new AnalysisResources(dir, synonyms, userDictionary);
    }

    /** The same, with another synonym file of {@code configDir} (a list to check before it replaces the one in force). */
    public AnalysisResources withSynonyms(String file) {
        return new AnalysisResources(configDir, file, userDictionaryFile);
    }

    /** The same, with another user dictionary file of {@code configDir} (one to check before it replaces the one in force). */
    public AnalysisResources withUserDictionary(String file) {
        return new AnalysisResources(configDir, synonymsFile, file);
    }
}
