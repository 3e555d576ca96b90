package org.madoguchi.search.orm;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.madoguchi.search.TriageIndexing;

/** Registers the triage analyzers and similarity with Hibernate Search: the very instances the eval uses. */
public class TriageAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        TriageAnalysis.analyzers().byName().forEach((name, analyzer) -> context.analyzer(name).instance(analyzer));
        context.similarity(TriageIndexing.similarity());
    }
}
