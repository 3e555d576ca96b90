package org.madoguchi.search.orm;

import static org.madoguchi.platform.json.JsonFactories.BUILDERS;
import static org.madoguchi.platform.json.JsonFactories.READERS;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.http.util.EntityUtils;
import org.apache.lucene.search.Query;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.madoguchi.search.JapaneseAnalyzers;
import org.madoguchi.search.RankingIndex;
import org.madoguchi.search.RankingSettings;
import org.madoguchi.search.ReadingLexicon;
import org.madoguchi.search.TriageFields;

/**
 * A {@link RankingIndex} on an Elasticsearch/OpenSearch cluster that Hibernate Search writes to. The ranking's
 * Lucene queries are sent as query DSL ({@link QueryJson}); the term statistics the known/new proposal needs come
 * from the term vectors API, once per inquiry (an artificial document holding the inquiry in every analysed field)
 * and once per candidate whose terms are asked for. The cluster analyses with the triage analyzers of the
 * {@code madoguchi-analysis} plugin, so the terms are the ones the Lucene backend sees. Kana inquiries are not read
 * against the index's words here: that needs the term dictionary, which a cluster does not hand out.
 */
public final class OpenSearchRankingIndex implements RankingIndex {

    private static final List<String> STORED = List.of(TriageFields.ID, TriageFields.KIND, TriageFields.TITLE,
            TriageFields.ARTICLE_ID);

    private final RestClient client;
    private final List<String> indexes;
    private final Map<String, Long> docCounts = new HashMap<>();
    private final Map<String, Map<String, Integer>> docFreqs = new HashMap<>();
    private final Map<Object, Map<String, Set<String>>> hitTerms = new HashMap<>();

    private OpenSearchRankingIndex(RestClient client, List<String> indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    static OpenSearchRankingIndex open(SearchMapping mapping, List<Class<?>> types, String inquiry) throws IOException {
        RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        List<String> names = types.stream().map(type -> mapping.indexedEntity(type).indexManager()
                .unwrap(ElasticsearchIndexManager.class).descriptor().readName()).toList();
        return open(client, names, inquiry);
    }

    /**
     * @param indexes the indexes (or aliases) searched together, laid out as {@code TriageIndexing} lays a Lucene
     *                index out (the Hibernate Search binders do)
     * @param inquiry the text about to be ranked, whose terms' statistics are read in advance, or null
     */
    public static OpenSearchRankingIndex open(RestClient client, List<String> indexes, String inquiry) throws IOException {
        OpenSearchRankingIndex index = new OpenSearchRankingIndex(client, indexes);
        if (inquiry != null && !inquiry.isBlank()) {
            index.readStatistics(inquiry);
        }
        return index;
    }

    /** Every analysed field, each variant: where an inquiry's terms are counted. */
    private static List<String> analysedFields() {
        List<String> fields = new ArrayList<>();
        for (String field : TriageFields.TEXT_FIELDS) {
            for (TriageFields.Variant variant : RankingSettings.defaults().activeVariants().keySet()) {
                fields.add(TriageFields.field(field, variant));
            }
        }
        return fields;
    }

    /** Document frequencies of the inquiry's terms (with the query-side synonyms) and field sizes, summed over the indexes. */
    private void readStatistics(String inquiry) throws IOException {
        JsonArrayBuilder docs = BUILDERS.createArrayBuilder();
        for (String name : indexes) {
            JsonObjectBuilder doc = BUILDERS.createObjectBuilder();
            JsonObjectBuilder analyzers = BUILDERS.createObjectBuilder();
            JsonArrayBuilder fields = BUILDERS.createArrayBuilder();
            for (String field : analysedFields()) {
                doc.add(field, inquiry);
                fields.add(field);
                if (field.endsWith("_" + TriageFields.Variant.MORPHOLOGICAL.suffix())) {
                    analyzers.add(field, JapaneseAnalyzers.MORPHOLOGICAL_QUERY);
                }
            }
            docs.add(BUILDERS.createObjectBuilder().add("_index", name).add("doc", doc).add("fields", fields)
                    .add("per_field_analyzer", analyzers).add("term_statistics", true).add("field_statistics", true)
                    .add("positions", false).add("offsets", false).add("payloads", false));
        }
        JsonObject response = call("POST", "/_mtermvectors", BUILDERS.createObjectBuilder().add("docs", docs).build());
        for (JsonValue value : response.getJsonArray("docs")) {
            JsonObject vectors = ((JsonObject) value).getJsonObject("term_vectors");
            if (vectors == null) {
                continue;
            }
            for (Map.Entry<String, JsonValue> field : vectors.entrySet()) {
                JsonObject stats = field.getValue().asJsonObject();
                JsonObject fieldStats = stats.getJsonObject("field_statistics");
                if (fieldStats != null) {
                    docCounts.merge(field.getKey(), fieldStats.getJsonNumber("doc_count").longValue(), Long::sum);
                }
                JsonObject terms = stats.getJsonObject("terms");
                if (terms == null) {
                    continue;
                }
                Map<String, Integer> freqs = docFreqs.computeIfAbsent(field.getKey(), f -> new HashMap<>());
                terms.forEach((term, info) -> {
                    var docFreq = info.asJsonObject().getJsonNumber("doc_freq");
                    freqs.merge(term, docFreq == null ? 0 : docFreq.intValue(), Integer::sum);
                });
            }
        }
    }

    @Override
    public List<Hit> search(Query query, int offset, int limit) throws IOException {
        JsonArrayBuilder source = BUILDERS.createArrayBuilder();
        STORED.forEach(source::add);
        JsonObject response = call("POST", "/" + String.join(",", indexes) + "/_search", BUILDERS.createObjectBuilder()
                .add("from", offset).add("size", limit).add("track_total_hits", false).add("_source", source)
                .add("query", QueryJson.of(query)).build());
        List<Hit> hits = new ArrayList<>();
        for (JsonValue value : response.getJsonObject("hits").getJsonArray("hits")) {
            JsonObject hit = value.asJsonObject();
            JsonObject stored = hit.getJsonObject("_source");
            hits.add(new Hit(text(stored, TriageFields.ID), text(stored, TriageFields.KIND),
                    text(stored, TriageFields.TITLE), text(stored, TriageFields.ARTICLE_ID),
                    (float) hit.getJsonNumber("_score").doubleValue(),
                    List.of(hit.getString("_index"), hit.getString("_id"))));
        }
        return hits;
    }

    private static String text(JsonObject stored, String field) {
        JsonValue value = stored == null ? null : stored.get(field);
        if (value instanceof JsonArray array) {
            value = array.isEmpty() ? null : array.get(0);
        }
        return value instanceof JsonString string ? string.getString() : null;
    }

    @Override
    public long count(Query query) throws IOException {
        JsonObject response = call("POST", "/" + String.join(",", indexes) + "/_count",
                BUILDERS.createObjectBuilder().add("query", QueryJson.of(query)).build());
        return response.getJsonNumber("count").longValue();
    }

    @Override
    public long docCount(String field) {
        return docCounts.getOrDefault(field, 0L);
    }

    @Override
    public int docFreq(String field, String term) {
        return docFreqs.getOrDefault(field, Map.of()).getOrDefault(term, 0);
    }

    @Override
    public boolean contains(Hit hit, String field, Collection<String> terms) throws IOException {
        Set<String> held = terms(hit).getOrDefault(field, Set.of());
        return terms.stream().anyMatch(held::contains);
    }

    /** The analysed terms of a hit, per field, read once from the cluster. */
    private Map<String, Set<String>> terms(Hit hit) throws IOException {
        Map<String, Set<String>> known = hitTerms.get(hit.handle());
        if (known != null) {
            return known;
        }
        @SuppressWarnings("unchecked")
        List<String> where = (List<String>) hit.handle();
        JsonArrayBuilder fields = BUILDERS.createArrayBuilder();
        analysedFields().forEach(fields::add);
        JsonObject response = call("POST", "/" + where.get(0) + "/_termvectors/" + where.get(1),
                BUILDERS.createObjectBuilder().add("fields", fields).add("positions", false).add("offsets", false)
                        .add("payloads", false).add("field_statistics", false).build());
        Map<String, Set<String>> byField = new HashMap<>();
        JsonObject vectors = response.getJsonObject("term_vectors");
        if (vectors != null) {
            vectors.forEach((field, stats) -> {
                JsonObject terms = stats.asJsonObject().getJsonObject("terms");
                byField.put(field, terms == null ? Set.of() : new HashSet<>(terms.keySet()));
            });
        }
        hitTerms.put(hit.handle(), byField);
        return byField;
    }

    @Override
    public ReadingLexicon lexicon() {
        return ReadingLexicon.withoutReadings(word -> docFreq(TriageFields.field(TriageFields.TITLE,
                TriageFields.Variant.MORPHOLOGICAL), word) + docFreq(TriageFields.field(TriageFields.TEXT,
                TriageFields.Variant.MORPHOLOGICAL), word) > 0);
    }

    private JsonObject call(String method, String path, JsonObject body) throws IOException {
        Request request = new Request(method, path);
        request.setJsonEntity(body.toString());
        String response = EntityUtils.toString(client.performRequest(request).getEntity(), StandardCharsets.UTF_8);
        try (var reader = READERS.createReader(new StringReader(response))) {
            return reader.readObject();
        }
    }
}
