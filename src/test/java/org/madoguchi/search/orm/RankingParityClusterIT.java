package org.madoguchi.search.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpHost;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.madoguchi.kb.domain.KbFile;
import org.madoguchi.kb.domain.KbFileFormat;
import org.madoguchi.search.AnalysisResources;
import org.madoguchi.search.Candidate;
import org.madoguchi.search.CandidateRanker;
import org.madoguchi.search.EvalData;
import org.madoguchi.search.EvalMetrics;
import org.madoguchi.search.EvalQuery;
import org.madoguchi.search.InMemoryTriageIndex;
import org.madoguchi.search.JapaneseAnalyzers;
import org.madoguchi.search.LuceneRankingIndex;
import org.madoguchi.search.ProposalPolicy;
import org.madoguchi.search.RankingSettings;
import org.madoguchi.search.ReadingLexicon;
import org.madoguchi.search.TriageDocument;
import org.madoguchi.search.TriageFields;
import org.madoguchi.search.TriageFilters;
import org.madoguchi.search.TriageResult;
import org.madoguchi.support.SearchClusterSession;
import org.madoguchi.support.ShippedKbContent;

/**
 * The triage ranking gives the same answers on a search cluster as on Lucene: the same entries are indexed into a
 * real OpenSearch node (with the analysis plugin) and into a Lucene index, and every inquiry is ranked on both with
 * the product's ranker. The entries are the shipped knowledge base, and the inquiries their titles and opening
 * lines; {@code -Dmadoguchi.parity.corpus=C.jsonl -Dmadoguchi.parity.queries=Q.jsonl} (the eval formats) runs an
 * evaluation set instead and prints both sides' metrics.
 */
class RankingParityClusterIT {

    private static final String INDEX = "parity";
    private static final JapaneseAnalyzers ANALYZERS = new JapaneseAnalyzers(AnalysisResources.defaults());
    private static final CandidateRanker RANKER =
            new CandidateRanker(ANALYZERS, RankingSettings.defaults(), ProposalPolicy.defaults());

    private static RestClient client;
    private static IndexSearcher lucene;
    private static List<TriageDocument> corpus;
    private static List<EvalQuery> queries;

    @BeforeAll
    static void indexBoth() throws IOException {
        String corpusFile = System.getProperty("madoguchi.parity.corpus");
        if (corpusFile != null) {
            corpus = EvalData.readCorpus(Path.of(corpusFile));
            queries = EvalData.readQueries(Path.of(System.getProperty("madoguchi.parity.queries")));
        } else {
            shippedKnowledgeBase();
        }
        lucene = InMemoryTriageIndex.build(ANALYZERS, corpus);
        client = RestClient.builder(new HttpHost("127.0.0.1",
                Integer.parseInt(System.getProperty(SearchClusterSession.PORT)), "http")).build();
        call("DELETE", "/" + INDEX + "?ignore_unavailable=true", null);
        call("PUT", "/" + INDEX, mapping());
        StringBuilder bulk = new StringBuilder();
        for (TriageDocument entry : corpus) {
            bulk.append("{\"index\":{\"_id\":\"").append(entry.id()).append("\"}}\n").append(document(entry)).append('\n');
        }
        Request request = new Request("POST", "/" + INDEX + "/_bulk?refresh=true");
        request.setJsonEntity(bulk.toString());
        client.performRequest(request);
    }

    private static void shippedKnowledgeBase() {
        corpus = new ArrayList<>();
        queries = new ArrayList<>();
        for (String text : ShippedKbContent.files().values()) {
            KbFile file = KbFileFormat.parse(text);
            String id = file.id() + "." + file.lang();
            List<String> lines = file.body().lines().filter(l -> !l.isBlank()).toList();
            // every other article was asked as its second line: the learnt wordings' weighed gate is compared too
            List<String> learnt = corpus.size() % 2 == 0 && lines.size() > 1 ? List.of(lines.get(1)) : List.of();
            corpus.add(new TriageDocument(id, TriageDocument.ARTICLE, file.title(), file.body(), null, learnt,
                    Instant.parse("2026-01-01T00:00:00Z")));
            String firstLine = lines.isEmpty() ? file.title() : lines.get(0);
            queries.add(new EvalQuery("T-" + id, file.title(), List.of(id), Map.of(), null, List.of(), null));
            queries.add(new EvalQuery("B-" + id, firstLine, List.of(id), Map.of(), null, List.of(), null));
        }
    }

    private static String mapping() {
        JsonObjectBuilder analyzers = Json.createObjectBuilder();
        JapaneseAnalyzers.NAMES.forEach(name -> analyzers.add(name, Json.createObjectBuilder().add("type", name)));
        JsonObjectBuilder properties = Json.createObjectBuilder()
                .add(TriageFields.ID, Json.createObjectBuilder().add("type", "keyword"))
                .add(TriageFields.KIND, Json.createObjectBuilder().add("type", "keyword"))
                .add(TriageFields.TITLE, Json.createObjectBuilder().add("type", "keyword").add("index", false))
                .add(TriageFields.ASKED_AS_EXACT, Json.createObjectBuilder().add("type", "keyword"))
                .add(TriageFields.CREATED, Json.createObjectBuilder().add("type", "long"));
        for (String field : TriageFields.TEXT_FIELDS) {
            for (TriageFields.Variant variant : RankingSettings.defaults().activeVariants().keySet()) {
                properties.add(TriageFields.field(field, variant),
                        Json.createObjectBuilder().add("type", "text").add("analyzer", JapaneseAnalyzers.nameOf(variant)));
            }
        }
        return Json.createObjectBuilder()
                .add("settings", Json.createObjectBuilder().add("number_of_shards", 1).add("number_of_replicas", 0)
                        .add("analysis", Json.createObjectBuilder().add("analyzer", analyzers)))
                .add("mappings", Json.createObjectBuilder().add("properties", properties)).build().toString();
    }


    /** An entry as the binders write it: the title stored and analysed, body and answer as the text. */
    private static String document(TriageDocument entry) {
        JsonObjectBuilder doc = Json.createObjectBuilder().add(TriageFields.ID, entry.id())
                .add(TriageFields.KIND, entry.kind()).add(TriageFields.TITLE, entry.title());
        if (entry.created() != null) {
            doc.add(TriageFields.CREATED, entry.created().toEpochMilli());
        }
        for (TriageFields.Variant variant : RankingSettings.defaults().activeVariants().keySet()) {
            doc.add(TriageFields.field(TriageFields.TITLE, variant), entry.title());
            JsonArrayBuilder text = Json.createArrayBuilder();
            for (String part : new String[] {entry.body(), entry.answer()}) {
                if (part != null && !part.isBlank()) {
                    text.add(part);
                }
            }
            doc.add(TriageFields.field(TriageFields.TEXT, variant), text);
            doc.add(TriageFields.field(TriageFields.ASKED_AS, variant), entry.askedAs().isEmpty()
                    ? TriageFields.ASKED_AS_PLACEHOLDER : String.join("\n", entry.askedAs()));
        }
        return doc.build().toString();
    }

    private static void call(String method, String path, String body) throws IOException {
        Request request = new Request(method, path);
        if (body != null) {
            request.setJsonEntity(body);
        }
        client.performRequest(request);
    }

    @AfterAll
    static void close() throws IOException {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void theClusterRanksAsLuceneDoes() throws IOException {
        int sameFirst = 0;
        int sameTopFive = 0;
        int sameDecision = 0;
        var luceneMetrics = new EvalMetrics();
        var clusterMetrics = new EvalMetrics();
        for (EvalQuery query : queries) {
            var filter = TriageFilters.of(query.created(), query.exclude(), null);
            // the cluster cannot read kana against the term dictionary: compare the rankings without that reading
            TriageResult onLucene = RANKER.triage(new LuceneRankingIndex(lucene, ReadingLexicon.withoutReadings(
                    word -> indexed(word))), query.text(), filter, 10);
            TriageResult onCluster = RANKER.triage(OpenSearchRankingIndex.open(client, List.of(INDEX), query.text()),
                    query.text(), filter, 10);
            List<String> lucenIds = ids(onLucene);
            List<String> clusterIds = ids(onCluster);
            boolean same = !lucenIds.isEmpty() && !clusterIds.isEmpty() && lucenIds.get(0).equals(clusterIds.get(0));
            sameFirst += same ? 1 : 0;
            if (!same || onLucene.proposal().decision() != onCluster.proposal().decision()) {
                System.out.println("differs " + query.id() + " " + query.text() + "\n  lucene  " + lucenIds + " "
                        + onLucene.proposal() + "\n  cluster " + clusterIds + " " + onCluster.proposal());
            }
            sameTopFive += lucenIds.subList(0, Math.min(5, lucenIds.size()))
                    .equals(clusterIds.subList(0, Math.min(5, clusterIds.size()))) ? 1 : 0;
            sameDecision += onLucene.proposal().decision() == onCluster.proposal().decision() ? 1 : 0;
            luceneMetrics.add(query, lucenIds, onLucene.proposal(), 0);
            clusterMetrics.add(query, clusterIds, onCluster.proposal(), 0);
        }
        Map<String, Object> lucene = luceneMetrics.summary();
        Map<String, Object> cluster = clusterMetrics.summary();
        System.out.println("parity queries=" + queries.size() + " sameFirst=" + sameFirst + " sameTopFive=" + sameTopFive
                + " sameDecision=" + sameDecision + "\nlucene  " + lucene + "\ncluster " + cluster);
        assertTrue(sameFirst >= 0.95 * queries.size(), "the same first candidate: " + sameFirst + " of " + queries.size());
        assertTrue(sameDecision >= 0.95 * queries.size(), "the same decision: " + sameDecision + " of " + queries.size());
        assertEquals((double) lucene.get("hit@1"), (double) cluster.get("hit@1"), 0.03);
        assertEquals((double) lucene.get("mrr@10"), (double) cluster.get("mrr@10"), 0.03);
    }

    private static boolean indexed(String word) {
        try {
            for (String field : List.of(TriageFields.TITLE, TriageFields.TEXT)) {
                if (lucene.getIndexReader().docFreq(new Term(
                        TriageFields.field(field, TriageFields.Variant.MORPHOLOGICAL), word)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> ids(TriageResult result) {
        return result.candidates().stream().map(Candidate::id).toList();
    }
}
