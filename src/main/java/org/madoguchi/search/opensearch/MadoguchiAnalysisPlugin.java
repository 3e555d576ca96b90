package org.madoguchi.search.opensearch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.madoguchi.search.AnalysisResources;
import org.madoguchi.search.JapaneseAnalyzers;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The triage analyzers as an OpenSearch plugin: an index declares {@code "type": "madoguchi_ja"} (and so on) and
 * gets the very analysis the Lucene backend and {@code bin/triage-eval} use. The synonym list and user dictionary
 * come from the node's {@code config/madoguchi/} folder when present, else the shipped defaults.
 */
public class MadoguchiAnalysisPlugin extends Plugin implements AnalysisPlugin {

    private volatile JapaneseAnalyzers analyzers;

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> providers = new HashMap<>();
        for (String name : JapaneseAnalyzers.NAMES) {
            providers.put(name, (indexSettings, environment, analyzerName, settings) -> {
                Analyzer shared = analyzers(environment.configFile()).byName().get(name);
                // OpenSearch closes an index's analyzers with the index: each index gets a wrapper of its own
                Analyzer analyzer = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
                    @Override
                    protected Analyzer getWrappedAnalyzer(String fieldName) {
                        return shared;
                    }
                };
                return new AbstractIndexAnalyzerProvider<Analyzer>(indexSettings, analyzerName, settings) {
                    @Override
                    public Analyzer get() {
                        return analyzer;
                    }
                };
            });
        }
        return providers;
    }

    private JapaneseAnalyzers analyzers(Path configDir) {
        JapaneseAnalyzers current = analyzers;
        if (current == null) {
            synchronized (this) {
                if (analyzers == null) {
                    analyzers = new JapaneseAnalyzers(
                            AnalysisResources.fromFolderIfPresent(configDir.resolve("madoguchi")));
                }
                current = analyzers;
            }
        }
        return current;
    }
}
