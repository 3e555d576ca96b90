package org.madoguchi.triage.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.madoguchi.support.DemoAccounts.ADMIN;
import static org.madoguchi.support.DemoAccounts.OPERATOR;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.search.EvalData;
import org.madoguchi.search.EvalQuery;
import org.madoguchi.search.TriageDocument;
import org.madoguchi.support.Api;
import org.madoguchi.support.Tickets;
import org.madoguchi.support.WarOverHttp;
import org.madoguchi.support.ZipFiles;

/**
 * The desk's triage decisions as an evaluation set over real HTTP: the files the evaluation command reads, made of
 * the resolved cases, the live articles and each inquiry decided, with the agent's last word on it.
 */
class DecisionEvalSetIT extends WarOverHttp {

    /** An internal article of the shipped knowledge base: agents' triage finds it, the public does not. */
    private static final String INTERNAL = "account-unlock-admin-tool";

    @TempDir
    Path folder;

    @Test
    void theDesksDecisionsBecomeQueriesOverItsResolvedCasesAndLiveArticles() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String[] asked = {"雨水ますの台帳番号が重複している " + tag, "雨水ますの台帳番号が二つの施設で重複しています。",
            "重複した番号は台帳担当が採番し直します。"};
        String answered = Tickets.openAndAnswer(api, asked[0], asked[1], asked[2]);
        String copy = Tickets.openAndAnswer(api, asked[0], asked[1], asked[2]);
        String answeredOtherwise = Tickets.openAndAnswer(api, asked[0], asked[1], "台帳を修正しました。");
        String known = Tickets.open(api, "雨水ますの番号がダブっている " + tag, "同じ番号の雨水ますが二つあります。");
        String fresh = Tickets.open(api, "新しい帳票の要望 " + tag, "月報に新しい欄が欲しい。");
        Instant before = Instant.now();
        decide(known, "{\"decision\":\"known\",\"linkTo\":{\"kind\":\"ticket\",\"id\":\"" + answeredOtherwise + "\"}}");
        decide(fresh, "{\"decision\":\"new\"}");
        Instant after = Instant.now();
        // the agent sees the first link was a mistake: the corrected link is the answer
        decide(known, "{\"decision\":\"known\",\"linkTo\":{\"kind\":\"ticket\",\"id\":\"" + answered + "\"}}");

        HttpResponse<byte[]> download = api.download("api/v1/admin/triage/eval-set?days=1", ADMIN, "application/zip");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("")
                .contains("filename=\"madoguchi-triage-eval.zip\""));
        Map<String, String> files = ZipFiles.read(new ByteArrayInputStream(download.body()));
        assertEquals(List.of("corpus.jsonl", "queries.jsonl", "history.jsonl", "README.txt"), List.copyOf(files.keySet()));

        Map<String, TriageDocument> corpus = EvalData.readCorpus(write("corpus.jsonl", files))
                .stream().collect(Collectors.toMap(TriageDocument::id, Function.identity()));
        TriageDocument past = corpus.get(answered);
        assertNotNull(past, "the answered case is in the corpus");
        assertEquals("重複した番号は台帳担当が採番し直します。", past.answer());
        assertTrue(past.created() != null && !past.created().isAfter(before), "found from its answer on");
        assertFalse(corpus.containsKey(known), "an open inquiry answers nothing yet");
        assertEquals("article", corpus.get("kb:" + INTERNAL).kind(), "internal articles are searched by agents too");

        Map<String, EvalQuery> queries = EvalData.readQueries(write("queries.jsonl", files))
                .stream().collect(Collectors.toMap(EvalQuery::id, Function.identity()));
        EvalQuery linked = queries.get(known);
        assertEquals("雨水ますの番号がダブっている " + tag + "\n同じ番号の雨水ますが二つあります。", linked.text());
        assertEquals(List.of(answered, copy), linked.relevant(),
                "what the agent linked last, not the mistaken first link, and the case's word-for-word copy");
        assertTrue(corpus.containsKey(answeredOtherwise));
        assertTrue(linked.known());
        assertEquals(List.of(known), linked.exclude());
        assertFalse(linked.created().isBefore(before) || linked.created().isAfter(after), "when the agent first decided");
        assertFalse(queries.get(fresh).known());
        assertTrue(queries.get(fresh).relevant().isEmpty());

        // what the entries had learnt before the period: the demo year's links, none of the period's inquiries
        List<EvalQuery> history = EvalData.readQueries(write("history.jsonl", files));
        assertFalse(history.isEmpty(), "the demo's year of links");
        assertTrue(history.stream().noneMatch(h -> queries.containsKey(h.id())), "the period's inquiries are queries only");
        assertTrue(history.stream().allMatch(h -> h.known() && h.relevant().size() == 1
                && corpus.containsKey(h.relevant().get(0)) && h.created().isBefore(before)),
                "each linked before the period to one case or article of the corpus");
        assertTrue(files.get("README.txt").contains("bin/triage-eval --corpus corpus.jsonl --queries queries.jsonl"));
        assertTrue(files.get("README.txt").contains("--history history.jsonl"));
        assertTrue(files.get("README.txt").contains(queries.size() + " queries, " + corpus.size() + " corpus entries, "
                + history.size() + " earlier links"), files.get("README.txt"));
    }

    @Test
    void onlyThoseWhoConfigureTheDeskTakeItsInquiriesAway() {
        assertEquals(403, api.download("api/v1/admin/triage/eval-set", OPERATOR, "application/zip").statusCode());
        assertEquals(401, api.download("api/v1/admin/triage/eval-set", null, "application/zip").statusCode());
        HttpResponse<byte[]> notDays = api.download("api/v1/admin/triage/eval-set?days=abc", ADMIN,
                "application/zip, application/problem+json");
        assertEquals(400, notDays.statusCode());
        String problem = new String(notDays.body(), StandardCharsets.UTF_8);
        assertTrue(problem.contains("\"field\":\"days\""), problem);
        assertEquals(200, api.download("api/v1/admin/triage/eval-set?days=0", ADMIN, "*/*").statusCode());
    }

    private void decide(String number, String body) {
        Api.Reply decided = api.post("api/v1/tickets/" + number + "/triage", OPERATOR, body);
        assertEquals(200, decided.status(), decided.raw().body());
    }

    private Path write(String name, Map<String, String> files) throws IOException {
        return Files.writeString(folder.resolve(name), files.get(name), StandardCharsets.UTF_8);
    }
}
