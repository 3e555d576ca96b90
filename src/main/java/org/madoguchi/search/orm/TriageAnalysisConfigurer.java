package org.madoguchi.search.orm;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.madoguchi.search.JapaneseAnalyzers;
import org.madoguchi.search.TriageIndexing;

/**
 * Registers the triage analyzers with Hibernate Search, for either backend. On Lucene: the very instances the eval
 * uses, and the triage similarity. On an Elasticsearch/OpenSearch cluster: analyzers of the types that the
 * {@code madoguchi-analysis} plugin provides (the same Java analyzers, running in the cluster); the cluster's
 * default similarity is the same BM25.
 */
public class TriageAnalysisConfigurer implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        TriageAnalysis.analyzers().byName().forEach((name, analyzer) -> context.analyzer(name).instance(analyzer));
        context.similarity(TriageIndexing.similarity());
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        JapaneseAnalyzers.NAMES.forEach(name -> context.analyzer(name).type(name));
    }
}
