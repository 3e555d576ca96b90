package org.madoguchi.search.orm;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.madoguchi.search.JapaneseAnalyzers;
import org.madoguchi.search.TriageIndexing;

/**
 * Registers the triage analyzers with Hibernate Search, for either backend. On Lucene: the analyzers the eval uses,
 * always those in force after an administrator's edit ({@link AnalyzerInForce}), and the triage similarity. On an
 * Elasticsearch/OpenSearch cluster: analyzers of the types that the {@code madoguchi-analysis} plugin provides (the
 * same Java analyzers, running in the cluster); the cluster's default similarity is the same BM25.
 */
public class TriageAnalysisConfigurer implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        TriageAnalysis.analyzers().byName().keySet()
                .forEach(name -> context.analyzer(name).instance(new AnalyzerInForce(name)));
        context.similarity(TriageIndexing.similarity());
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        JapaneseAnalyzers.NAMES.forEach(name -> context.analyzer(name).type(name));
    }
}
