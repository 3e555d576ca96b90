package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.madoguchi.support.DemoAccounts.ADMIN;
import static org.madoguchi.support.DemoAccounts.OPERATOR;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.madoguchi.support.Api;
import org.madoguchi.support.SearchClusterSession;
import org.madoguchi.support.Tickets;
import org.madoguchi.support.WarOverHttp;

/**
 * The server with Hibernate Search on its Elasticsearch/OpenSearch backend, against a real OpenSearch node that has
 * the triage analysis plugin: the switch is configuration only ({@code hibernate.search.backend.type=elasticsearch}),
 * and indexing on commit, triage with its proposal, the console and article searches and the rebuild all run on the
 * cluster.
 */
class SearchClusterIT extends WarOverHttp {



    /** A call to the cluster itself, as its operator would make it. */
    static JsonObject cluster(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + System.getProperty(SearchClusterSession.PORT) + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        String json = response.body().startsWith("[") ? "{\"items\":" + response.body() + "}" : response.body();
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void theIndexesLiveInTheClusterAndAnalyseWithTheTriageAnalyzers() throws Exception {
        String number = Tickets.open(api, "ﾏﾝﾎｰﾙの蓋が開かない", "点検でマンホール蓋が固着して開きません。");
        JsonObject found = cluster("POST", "/ticket-read/_search", """
                {"query":{"term":{"id":{"value":"%s"}}}}""".formatted(number));
        assertEquals(1, found.getJsonObject("hits").getJsonArray("hits").size(), "indexed when the ticket committed");

        JsonObject analysed = cluster("POST", "/ticket-read/_analyze",
                "{\"field\":\"title_ja\",\"text\":\"ﾏﾝﾎｰﾙの蓋が開かない\"}");
        List<String> tokens = analysed.getJsonArray("tokens").stream()
                .map(t -> ((JsonObject) t).getString("token")).toList();
        assertEquals(List.of("マンホール", "蓋", "開く"), tokens, "Kuromoji, width folding and base forms in the cluster");
    }

    @Test
    void triageOnTheClusterFindsTheAnsweredCaseAndProposesIt() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String answered = Tickets.openAndAnswer(api, "ポンプ場の警報履歴を帳票に出力したい " + tag,
                "ポンプ場ごとの警報履歴を月別の帳票として出力する方法を教えてください。",
                "帳票メニューの「ポンプ場警報履歴」で期間を指定して出力できます。");
        String similar = Tickets.open(api, "ポンプ場の警報履歴を出力する方法 " + tag, "警報の履歴を帳票にしたいです。");
        JsonObject triage = api.get("api/v1/tickets/" + similar + "/triage", OPERATOR).json();
        List<String> candidates = triage.getJsonArray("candidates").stream()
                .map(c -> ((JsonObject) c).getString("id")).toList();
        assertEquals(answered, candidates.get(0), "the answered case comes first: " + candidates);
        assertTrue(!candidates.contains(similar), "never the inquiry itself");
        assertEquals("known", triage.getString("decision"));
        assertEquals(0.45, triage.getJsonNumber("threshold").doubleValue(), "this server's madoguchi.triage.known-threshold");
        assertTrue(triage.getJsonNumber("confidence").doubleValue() >= 0.45, triage.toString());
        assertTrue(triage.getJsonArray("candidates").getJsonObject(0).getString("excerpt").contains("<mark>"));

        String unrelated = Tickets.open(api, "庁舎の駐車場の利用申請について", "来庁者用駐車場の予約方法を知りたい。");
        JsonObject none = api.get("api/v1/tickets/" + unrelated + "/triage", OPERATOR).json();
        assertEquals("new", none.getString("decision"), none.toString());
    }

    @Test
    void theConsoleAndArticleSearchesRunOnTheCluster() {
        String tag = "検索" + UUID.randomUUID().toString().substring(0, 6);
        String answered = Tickets.openAndAnswer(api, "マンホール蓋の写真を台帳に登録したい " + tag,
                "点検で撮影したマンホール蓋の写真を台帳に登録する方法を教えてください。", "台帳画面の写真タブから登録できます。");
        String q = URLEncoder.encode("人孔の蓋の写真 " + tag, StandardCharsets.UTF_8);
        JsonObject all = api.get("api/v1/search?q=" + q, OPERATOR).json();
        List<String> ids = all.getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("id")).toList();
        assertEquals(answered, ids.get(0), "the synonym 人孔 finds マンホール: " + ids);
        assertTrue(all.getInt("total") >= 1);
        JsonObject onlyNew = api.get("api/v1/search?status=new&q=" + q, OPERATOR).json();
        assertTrue(onlyNew.getJsonArray("items").stream().noneMatch(i -> ((JsonObject) i).getString("id").equals(answered)),
                "filters apply on the cluster");

        JsonObject articles = api.get("api/v1/articles?q=" + URLEncoder.encode("パスワードを忘れた", StandardCharsets.UTF_8),
                null).json();
        assertTrue(articles.getInt("total") > 0, "the starter articles are indexed and found: " + articles);
        assertTrue(articles.getJsonArray("items").getJsonObject(0).getString("title").contains("パスワード"));
    }

    @Test
    void aRebuildRefillsTheClusterFromTheDatabase() throws Exception {
        Tickets.open(api, "再構築の確認 " + UUID.randomUUID(), "索引を作り直しても残ること");
        long before = cluster("GET", "/ticket-read/_count", null).getJsonNumber("count").longValue();
        Api.Reply started = api.post("api/v1/admin/index/rebuild", ADMIN, "");
        assertEquals(200, started.status(), started.raw().body());
        JsonObject progress = api.get("api/v1/admin/index/rebuild?wait=120", ADMIN).json();
        assertTrue(progress.getBoolean("finished"), progress.toString());
        assertTrue(!progress.containsKey("failure") || progress.isNull("failure"), progress.toString());
        long after = cluster("GET", "/ticket-read/_count", null).getJsonNumber("count").longValue();
        assertEquals(before, after, "every ticket is in the rebuilt index");
    }
}
