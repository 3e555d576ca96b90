package org.madoguchi.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Turns a {@link TriageDocument} into a plain Lucene document with the field layout of {@link TriageFields}.
 * The server maps the same fields through Hibernate Search; this class serves the eval tool and tests.
 */
public final class TriageIndexing {

    private final JapaneseAnalyzers analyzers;
    private final Set<TriageFields.Variant> variants;

    public TriageIndexing(JapaneseAnalyzers analyzers) {
        this(analyzers, RankingSettings.defaults());
    }

    /** Indexes only the variants the ranking uses (weight above 0): the reading variant is off by default. */
    public TriageIndexing(JapaneseAnalyzers analyzers, RankingSettings settings) {
        this.analyzers = analyzers;
        this.variants = settings.activeVariants().keySet();
    }

    /** BM25 with the default ranking settings' parameters; the server must use the same. */
    public static Similarity similarity() {
        return similarity(RankingSettings.defaults());
    }

    /** BM25 with the given parameters (they act at search time only, so no reindexing is needed). */
    public static Similarity similarity(RankingSettings settings) {
        return new BM25Similarity((float) settings.k1(), (float) settings.b());
    }

    /** The index-time analyzer of each field. */
    public Analyzer indexAnalyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String text : TriageFields.TEXT_FIELDS) {
            perField.put(TriageFields.field(text, TriageFields.Variant.MORPHOLOGICAL), analyzers.morphological());
            perField.put(TriageFields.field(text, TriageFields.Variant.BIGRAM), analyzers.bigram());
            perField.put(TriageFields.field(text, TriageFields.Variant.ENGLISH), analyzers.english());
            perField.put(TriageFields.field(text, TriageFields.Variant.READING), analyzers.reading());
        }
        return new PerFieldAnalyzerWrapper(analyzers.morphological(), perField);
    }

    public Document toLucene(TriageDocument entry) {
        Document doc = new Document();
        doc.add(new StringField(TriageFields.ID, entry.id(), Field.Store.YES));
        if (entry.kind() != null) {
            doc.add(new StringField(TriageFields.KIND, entry.kind(), Field.Store.YES));
        }
        if (entry.created() != null) {
            long millis = entry.created().toEpochMilli();
            doc.add(new LongPoint(TriageFields.CREATED, millis));
            doc.add(new NumericDocValuesField(TriageFields.CREATED, millis));
        }
        doc.add(new StoredField(TriageFields.TITLE, entry.title()));
        addText(doc, TriageFields.TITLE, entry.title());
        addText(doc, TriageFields.TEXT, entry.body());
        addText(doc, TriageFields.TEXT, entry.answer());
        entry.askedAs().stream().map(WordingKey::of).filter(Objects::nonNull)
                .forEach(key -> doc.add(new StringField(TriageFields.ASKED_AS_EXACT, key, Field.Store.NO)));
        addText(doc, TriageFields.ASKED_AS, entry.askedAs().isEmpty()
                ? TriageFields.ASKED_AS_PLACEHOLDER : String.join("\n", entry.askedAs()));
        return doc;
    }

    private void addText(Document doc, String textField, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (TriageFields.Variant variant : variants) {
            doc.add(new TextField(TriageFields.field(textField, variant), text, Field.Store.NO));
        }
    }
}
