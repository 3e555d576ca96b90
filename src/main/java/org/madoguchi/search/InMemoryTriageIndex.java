package org.madoguchi.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/** A throw-away index in memory with the product's field layout and analysis: for the eval tool and tests. */
public final class InMemoryTriageIndex {

    private InMemoryTriageIndex() {
    }

    public static IndexSearcher build(JapaneseAnalyzers analyzers, Collection<TriageDocument> entries)
            throws IOException {
        return build(analyzers, entries, RankingSettings.defaults());
    }

    public static IndexSearcher build(JapaneseAnalyzers analyzers, Collection<TriageDocument> entries,
                                      RankingSettings settings) throws IOException {
        TriageIndexing indexing = new TriageIndexing(analyzers, settings);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(indexing.indexAnalyzer())
                .setSimilarity(TriageIndexing.similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (TriageDocument entry : entries) {
                writer.addDocument(indexing.toLucene(entry));
            }
        }
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
        searcher.setSimilarity(TriageIndexing.similarity(settings));
        return searcher;
    }
}
