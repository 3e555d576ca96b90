package org.madoguchi.search.orm;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.madoguchi.search.JapaneseAnalyzers;
import org.madoguchi.search.RankingSettings;
import org.madoguchi.search.TriageFields;

/**
 * The analysed text fields of the triage layout ({@code title}, {@code text}, {@code askedAs}, each once per
 * analysis variant the ranking uses), declared and written the same way for tickets and articles.
 */
final class TriageTextFields {

    private final Map<String, Map<TriageFields.Variant, IndexFieldReference<String>>> fields;

    private TriageTextFields(Map<String, Map<TriageFields.Variant, IndexFieldReference<String>>> fields) {
        this.fields = fields;
    }

    /**
     * Declares the fields; {@code text} always takes several values (body and answer), the others only when
     * {@code allMultiValued} (an article's two languages).
     */
    static TriageTextFields declare(IndexSchemaElement schema, boolean allMultiValued) {
        Map<String, Map<TriageFields.Variant, IndexFieldReference<String>>> fields = new HashMap<>();
        for (String field : TriageFields.TEXT_FIELDS) {
            Map<TriageFields.Variant, IndexFieldReference<String>> variants = new EnumMap<>(TriageFields.Variant.class);
            // only the analyses the ranking uses (RankingSettings): an unused one would cost indexing time for nothing
            for (TriageFields.Variant variant : RankingSettings.defaults().activeVariants().keySet()) {
                var step = schema.field(TriageFields.field(field, variant), f -> f.asString().analyzer(JapaneseAnalyzers.nameOf(variant)));
                boolean multi = allMultiValued || field.equals(TriageFields.TEXT);
                variants.put(variant, (multi ? step.multiValued() : step).toReference());
            }
            fields.put(field, variants);
        }
        return new TriageTextFields(fields);
    }

    /** Adds a value to every variant of a field; blank values add nothing. */
    void add(DocumentElement target, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        fields.get(field).values().forEach(ref -> target.addValue(ref, value));
    }
}
