package org.madoguchi.search.orm;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * One of the server's analyzers by name, always the one of the set in force ({@link TriageAnalysis}): Hibernate
 * Search keeps the analyzer instances it was given at boot, and a new user dictionary must cut the text it indexes
 * from then on. The reusable token streams are kept by the analyzer delegated to, so none outlives its set.
 */
final class AnalyzerInForce extends DelegatingAnalyzerWrapper {

    private final String name;

    AnalyzerInForce(String name) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.name = name;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return TriageAnalysis.analyzers().byName().get(name);
    }
}
