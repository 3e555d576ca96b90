package org.madoguchi.search.orm;

import java.nio.file.Files;
import java.nio.file.Path;
import org.madoguchi.search.AnalysisResources;
import org.madoguchi.search.JapaneseAnalyzers;

/**
 * The one set of analyzers of this server: built once from the synonym list and user dictionary in
 * {@code <data>/search-config} when an administrator put them there, else from the shipped defaults.
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
                    Path custom = IndexDirectories.root().resolveSibling("search-config");
                    analyzers = new JapaneseAnalyzers(Files.isDirectory(custom)
                            ? AnalysisResources.fromFolder(custom) : AnalysisResources.defaults());
                }
                current = analyzers;
            }
        }
        return current;
    }
}
