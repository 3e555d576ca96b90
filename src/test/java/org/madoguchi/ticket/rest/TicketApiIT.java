package org.madoguchi.ticket.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.madoguchi.support.DemoAccounts.ADMIN;
import static org.madoguchi.support.DemoAccounts.CITY;
import static org.madoguchi.support.DemoAccounts.MANAGER;
import static org.madoguchi.support.DemoAccounts.OPERATOR;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.madoguchi.support.Api;
import org.madoguchi.support.WarOverHttp;

/** The tickets API over real HTTP against the built WAR on Payara Micro with its H2 database. */
class TicketApiIT extends WarOverHttp {

    static String newTicket(String subject) {
        return """
                {"type":"inquiry","subject":"%s","description":"台帳画面で検索結果が表示されません。\\n操作手順は添付のとおりです。",
                 "requester":{"name":"佐藤 健一","email":"sato@city.example.lg.jp","organization":"上下水道局 下水道維持課"},
                 "system":"LEDGER"}""".formatted(subject);
    }

    String open(String subject) {
        Api.Reply r = api.post("api/v1/tickets", null, newTicket(subject));
        assertEquals(201, r.status(), r.raw().body());
        return r.json().getString("number");
    }

    long total(String query) {
        String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
        return api.get("api/v1/tickets?q=" + q, OPERATOR).json().getJsonNumber("total").longValue();
    }

    @Test
    void guestOpensTicketAndFollowsItThroughThePrivateStatusLink() {
        String subject = "検索結果が出ない " + UUID.randomUUID();
        Api.Reply created = api.post("api/v1/tickets", null, newTicket(subject));

        assertEquals(201, created.status());
        String number = created.json().getString("number");
        assertTrue(number.matches("\\d{4}-\\d{6}"), number);
        assertTrue(created.header("Location").endsWith("/api/v1/tickets/" + number));
        assertEquals("new", created.json().getString("status"));
        String statusUrl = created.json().getString("statusUrl");
        String token = statusUrl.substring(statusUrl.indexOf("token=") + 6);
        assertTrue(token.length() >= 40, "token should be long and random: " + token);

        JsonObject status = api.get("api/v1/status/" + token, null).json();
        assertEquals(number, status.getString("number"));
        assertEquals(subject, status.getString("subject"));
        assertEquals("new", status.getString("status"));
    }

    @Test
    void invalidInputIsAProblemListingEveryFieldAndStoresNothing() {
        String marker = "invalid-" + UUID.randomUUID();
        Api.Reply r = api.post("api/v1/tickets", null, """
                {"type":"question","subject":"%s","description":"","requester":{"name":"","email":"not-an-address"},
                 "system":"NO_SUCH_SYSTEM"}""".formatted(marker));

        assertEquals(400, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonObject problem = r.json();
        assertEquals(400, problem.getInt("status"));
        List<String> fields = problem.getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).getString("field")).toList();
        assertTrue(fields.containsAll(List.of("type", "description", "requester.name", "requester.email", "system")),
                fields.toString());
        assertEquals(0, total(marker), "nothing may be stored from a refused request");
    }

    @Test
    void problemsAreWordedInJapaneseWhenAsked() {
        Api.Reply r = api.send(api.request("api/v1/tickets", null).header("Content-Type", "application/json")
                .header("Accept-Language", "ja")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"inquiry\"}")));
        assertEquals(400, r.status());
        assertTrue(r.raw().body().contains("入力してください"), r.raw().body());
    }

    @Test
    void malformedJsonOversizedBodiesAndControlCharactersAreRefusedCleanly() {
        Api.Reply malformed = api.post("api/v1/tickets", null, "{\"type\": ");
        assertEquals(400, malformed.status());
        assertTrue(malformed.contentType().startsWith("application/problem+json"));
        assertFalse(malformed.raw().body().contains("Exception"), "no stack traces: " + malformed.raw().body());

        String huge = "あ".repeat(300_000);
        Api.Reply tooLarge = api.post("api/v1/tickets", null, newTicket("big").replace("台帳画面", huge));
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.contentType().startsWith("application/problem+json"));

        // a change that is not a JSON object, or no JSON at all: the same problem document, and nothing changed
        String number = open("patch body " + UUID.randomUUID());
        for (String body : List.of("", "[]", "\"in_progress\"", "null", "1", "{\"status\": ", "\u00ff\u00fe")) {
            Api.Reply patch = api.patch("api/v1/tickets/" + number, MANAGER, body);
            assertEquals(400, patch.status(), body + " " + patch.raw().body());
            assertTrue(patch.contentType().startsWith("application/problem+json"), body + " " + patch.contentType());
        }
        assertEquals("new", api.get("api/v1/tickets/" + number, OPERATOR).json().getString("status"));

        Api.Reply control = api.post("api/v1/tickets", null, newTicket("bell\\u0007 in subject"));
        assertEquals(400, control.status());
        assertTrue(control.raw().body().contains("\"subject\""), control.raw().body());
    }

    @Test
    void markupIsStoredAsPlainText() {
        String subject = "<script>alert('x')</script> " + UUID.randomUUID();
        String number = open(subject.replace("'", "\\u0027"));
        assertEquals(subject, api.get("api/v1/tickets/" + number, OPERATOR).json().getString("subject"));
    }

    @Test
    void agentEndpointsNeedValidCredentials() {
        Api.Reply anonymous = api.get("api/v1/tickets", null);
        assertEquals(401, anonymous.status());
        assertNotNull(anonymous.header("WWW-Authenticate"));
        assertTrue(anonymous.contentType().startsWith("application/problem+json"));

        assertEquals(401, api.get("api/v1/tickets", "operator:wrong-password").status());
        assertEquals(401, api.get("api/v1/tickets/2026-000001", null).status());
    }

    @Test
    void cityReadsTicketsButCannotChangeThem() {
        String number = open("city read-only " + UUID.randomUUID());
        assertEquals(200, api.get("api/v1/tickets/" + number, CITY).status());

        Api.Reply patch = api.patch("api/v1/tickets/" + number, CITY, "{\"status\":\"in_progress\"}");
        assertEquals(403, patch.status());
        assertTrue(patch.contentType().startsWith("application/problem+json"));
        assertEquals(403, api.post("api/v1/tickets/" + number + "/messages", CITY,
                "{\"body\":\"hello\",\"visibility\":\"public\"}").status());
        JsonObject after = api.get("api/v1/tickets/" + number, OPERATOR).json();
        assertEquals("new", after.getString("status"));
        assertEquals(0, after.getJsonArray("messages").size());
    }

    @Test
    void administratorsDoNotWorkTickets() {
        // refused by the container's constraint before the API runs, and still answered as a problem document
        for (String path : List.of("api/v1/tickets", "api/v1/tickets/2026-000001/triage", "api/v1/search?q=x")) {
            Api.Reply refused = api.get(path, ADMIN);
            assertEquals(403, refused.status(), path);
            assertTrue(refused.contentType().startsWith("application/problem+json"), path + " " + refused.contentType());
            assertEquals(403, refused.json().getInt("status"), refused.raw().body());
            assertEquals("https://madoguchi.org/problems/forbidden", refused.json().getString("type"));
            assertEquals("/" + path.replaceFirst("\\?.*", ""), refused.json().getString("instance"));
        }
    }

    @Test
    void anInvalidTransitionIsAConflictAndChangesNothing() {
        String number = open("transition " + UUID.randomUUID());
        Api.Reply r = api.patch("api/v1/tickets/" + number, OPERATOR, "{\"status\":\"closed\"}");
        assertEquals(409, r.status());
        assertTrue(r.json().getString("detail").contains("NEW"), r.raw().body());
        assertEquals("new", api.get("api/v1/tickets/" + number, OPERATOR).json().getString("status"));
    }

    @Test
    void aPatchIsAppliedWholeOrNotAtAll() {
        String number = open("atomic patch " + UUID.randomUUID());
        Api.Reply r = api.patch("api/v1/tickets/" + number, OPERATOR,
                "{\"assignee\":\"operator\",\"status\":\"closed\"}");
        assertEquals(409, r.status());
        JsonObject after = api.get("api/v1/tickets/" + number, OPERATOR).json();
        assertTrue(after.isNull("assignee"), "the assignment must have been rolled back");

        Api.Reply ok = api.patch("api/v1/tickets/" + number, OPERATOR,
                "{\"assignee\":\"operator\",\"status\":\"in_progress\"}");
        assertEquals(200, ok.status(), ok.raw().body());
        assertEquals("operator", ok.json().getString("assignee"));
        assertEquals("in_progress", ok.json().getString("status"));
    }

    @Test
    void publicRepliesReachTheStatusViewAndInternalNotesNeverDo() {
        Api.Reply created = api.post("api/v1/tickets", null, newTicket("reply and note " + UUID.randomUUID()));
        String number = created.json().getString("number");
        String statusUrl = created.json().getString("statusUrl");
        String token = statusUrl.substring(statusUrl.indexOf("token=") + 6);

        Api.Reply reply = api.post("api/v1/tickets/" + number + "/messages", OPERATOR,
                "{\"body\":\"検索条件の既定値を確認してください。\",\"visibility\":\"public\"}");
        assertEquals(201, reply.status(), reply.raw().body());
        assertEquals(201, api.post("api/v1/tickets/" + number + "/messages", OPERATOR,
                "{\"body\":\"SECRET-NOTE 既知の不具合かベンダーに確認中\",\"visibility\":\"internal\"}").status());

        String publicView = api.get("api/v1/status/" + token, null).raw().body();
        assertTrue(publicView.contains("検索条件の既定値を確認してください。"));
        assertFalse(publicView.contains("SECRET-NOTE"), publicView);

        JsonObject agentView = api.get("api/v1/tickets/" + number, OPERATOR).json();
        assertEquals(2, agentView.getJsonArray("messages").size());
        assertEquals("in_progress", agentView.getString("status"), "a public reply starts the work");
        assertFalse(agentView.isNull("firstResponseAt"));
        List<String> changed = agentView.getJsonArray("history").stream()
                .map(h -> ((JsonObject) h).getString("field")).toList();
        assertTrue(changed.containsAll(List.of("created", "status", "firstResponseAt")), changed.toString());
    }

    @Test
    void answeringRecordsTheAnswerAndItsTime() {
        String number = open("answer " + UUID.randomUUID());
        assertEquals(201, api.post("api/v1/tickets/" + number + "/messages", OPERATOR,
                "{\"body\":\"手順書の3章をご覧ください。\",\"visibility\":\"public\",\"kind\":\"answer\"}").status());
        JsonObject t = api.get("api/v1/tickets/" + number, OPERATOR).json();
        assertEquals("answered", t.getString("status"));
        assertEquals("手順書の3章をご覧ください。", t.getString("answer"));
        assertFalse(t.isNull("answeredAt"));
    }

    @Test
    void theListFiltersByStatusAndTextAndPages() {
        String word = "filterword" + UUID.randomUUID().toString().substring(0, 8);
        open(word + " one");
        open(word + " two");
        assertEquals(2, total(word));
        JsonObject onlyNew = api.get("api/v1/tickets?status=new&q=" + word, OPERATOR).json();
        assertEquals(2, onlyNew.getInt("total"));
        assertEquals(0, api.get("api/v1/tickets?status=closed&q=" + word, OPERATOR).json().getInt("total"));
        JsonObject page = api.get("api/v1/tickets?q=" + word + "&size=1&page=1", OPERATOR).json();
        assertEquals(1, page.getJsonArray("items").size());
        assertEquals(1, page.getInt("page"));

        Api.Reply bad = api.get("api/v1/tickets?status=bogus", OPERATOR);
        assertEquals(400, bad.status());
        assertTrue(bad.contentType().startsWith("application/problem+json"));
        assertEquals(400, api.get("api/v1/tickets?size=0", OPERATOR).status());
        assertEquals(400, api.get("api/v1/tickets?size=1000", OPERATOR).status());

        // a parameter that is no number is the client's mistake, named as such: not a 404 for an existing list
        Api.Reply notANumber = api.get("api/v1/tickets?size=abc", OPERATOR);
        assertEquals(400, notANumber.status());
        assertTrue(notANumber.contentType().startsWith("application/problem+json"));
        JsonObject error = notANumber.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("size", error.getString("field"));
        assertEquals("Give a whole number, such as 20.", error.getString("message"));
        Api.Reply inJapanese = api.send(api.request("api/v1/search?q=x&page=1.5", OPERATOR)
                .header("Accept-Language", "ja").GET());
        assertEquals(400, inJapanese.status());
        JsonObject pageError = inJapanese.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("page", pageError.getString("field"));
        assertEquals("整数で指定してください（例: 20）。", pageError.getString("message"));
        assertEquals("/api/v1/search", inJapanese.json().getString("instance"));
    }

    @Test
    void unknownTicketsAndLinksAreNotFound() {
        Api.Reply missing = api.get("api/v1/tickets/1999-999999", OPERATOR);
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"));
        assertEquals(404, api.get("api/v1/status/" + "x".repeat(43), null).status());
        assertEquals(404, api.get("api/v1/status/short", null).status());
    }

    @Test
    void onlyManagersTakeATicketFromSomebodyElse() {
        String number = open("reassign " + UUID.randomUUID());
        assertEquals(200, api.patch("api/v1/tickets/" + number, MANAGER, "{\"assignee\":\"manager\"}").status());
        assertEquals(403, api.patch("api/v1/tickets/" + number, OPERATOR, "{\"assignee\":\"operator\"}").status());
        assertEquals(200, api.patch("api/v1/tickets/" + number, MANAGER, "{\"assignee\":\"operator\"}").status());
        assertEquals("operator", api.get("api/v1/tickets/" + number, OPERATOR).json().getString("assignee"));
        Api.Reply unknown = api.patch("api/v1/tickets/" + number, MANAGER, "{\"assignee\":\"nobody\"}");
        assertEquals(400, unknown.status());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() {
        // "lead" is used by no other test in this run: locking it cannot disturb them.
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.get("api/v1/tickets", "lead:wrong-" + i).status());
        }
        assertEquals(401, api.get("api/v1/tickets", "lead:demo").status(), "locked: even the right password fails");
    }

    @Test
    void historyImportsAreIdempotentAndReportEveryBadLine() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String jsonl = String.join("\n",
                "{\"external_id\":\"old-%1$s-1\",\"type\":\"inquiry\",\"status\":\"closed\",\"subject\":\"旧システム %1$s パスワード初期化\",\"description\":\"パスワードを忘れました\",\"answer\":\"様式第2号で申請してください\",\"requester_name\":\"木村 修\",\"system\":\"ACCOUNT\",\"received_at\":\"2025-04-01 09:30\",\"answered_at\":\"2025-04-01T11:00:00+09:00\",\"closed_at\":\"2025-04-03\"}",
                "{\"external_id\":\"old-%1$s-2\",\"type\":\"incident\",\"status\":\"answered\",\"subject\":\"旧システム %1$s 地図が出ない\",\"description\":\"背景地図が真っ白\",\"answer\":\"キャッシュ削除で解消\",\"requester_name\":\"林 千尋\",\"received_at\":\"2025-05-10T10:00:00+09:00\"}",
                "{\"external_id\":\"old-%1$s-3\", \"subject\": ",
                "{\"external_id\":\"old-%1$s-1\",\"type\":\"inquiry\",\"status\":\"closed\",\"subject\":\"dup\",\"description\":\"d\",\"requester_name\":\"x\",\"received_at\":\"2025-04-01\"}",
                "{\"external_id\":\"old-%1$s-4\",\"type\":\"inquiry\",\"status\":\"closed\",\"description\":\"no subject\",\"requester_name\":\"x\",\"received_at\":\"yesterday\"}")
                .formatted(run);
        Api.Reply first = api.post("api/v1/imports/tickets?format=jsonl", ADMIN, jsonl);
        assertEquals(200, first.status(), first.raw().body());
        JsonObject report = first.json();
        assertEquals(5, report.getInt("read"));
        assertEquals(2, report.getInt("created"));
        assertEquals(3, report.getInt("failed"));
        List<Integer> badLines = report.getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).getInt("line")).toList();
        assertEquals(List.of(3, 4, 5), badLines);
        String lastError = report.getJsonArray("errors").getJsonObject(2).getString("message");
        assertTrue(lastError.contains("subject") && lastError.contains("received_at"), lastError);

        JsonObject again = api.post("api/v1/imports/tickets?format=jsonl", ADMIN, jsonl).json();
        assertEquals(0, again.getInt("created"), "importing the same file again creates nothing");
        assertEquals(2, again.getInt("existing"));
        assertEquals(2, total("旧システム " + run));

        JsonObject closed = api.get("api/v1/tickets?status=closed&q=" + run, OPERATOR).json().getJsonArray("items")
                .getJsonObject(0);
        JsonObject detail = api.get("api/v1/tickets/" + closed.getString("number"), OPERATOR).json();
        assertEquals("様式第2号で申請してください", detail.getString("answer"));
        assertEquals("2025-04-01T00:30:00Z", detail.getString("receivedAt"), "local times are the desk's zone");
        assertTrue(closed.getString("number").startsWith("2025-"), "numbered in the year it was received");

        assertEquals(403, api.post("api/v1/imports/tickets?format=jsonl", OPERATOR, jsonl).status());
        assertEquals(400, api.post("api/v1/imports/tickets?format=xlsx", ADMIN, jsonl).status());
    }

    @Test
    void historyInShiftJisIsImportedWhenSaidSo() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] csv = String.join("\r\n",
                "external_id,type,status,subject,description,requester_name,received_at",
                "sjis-%1$s-1,inquiry,closed,旧台帳 %1$s ①番人孔の～表示,髙橋さんからの問合せ,髙橋 一郎,2024-10-01 09:00",
                "sjis-%1$s-2,incident,answered,旧台帳 %1$s 印刷不可,印刷できない,佐藤 花子,2024-10-02").formatted(run)
                .getBytes(Charset.forName("windows-31j"));
        JsonObject asUtf8 = importCsv(csv, "").json();
        assertEquals(2, asUtf8.getInt("failed"), "read as UTF-8, every line with Japanese is flagged");
        assertTrue(asUtf8.getJsonArray("errors").getJsonObject(0).getString("message").contains("Shift_JIS"));

        JsonObject asShiftJis = importCsv(csv, "&encoding=shift_jis").json();
        assertEquals(2, asShiftJis.getInt("created"), asShiftJis.toString());
        assertEquals(0, asShiftJis.getInt("failed"), asShiftJis.toString());
        JsonObject first = api.get("api/v1/tickets?q=" + run + "&size=10", OPERATOR).json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(t -> t.getString("subject").contains("人孔"))
                .findFirst().orElseThrow();
        assertEquals("旧台帳 " + run + " ①番人孔の～表示", first.getString("subject"));
        assertEquals("髙橋 一郎", first.getString("requester"));

        Api.Reply unknown = importCsv(csv, "&encoding=latin1");
        assertEquals(400, unknown.status());
        assertTrue(unknown.raw().body().contains("encoding"), unknown.raw().body());
    }

    private Api.Reply importCsv(byte[] csv, String options) {
        return api.send(api.request("api/v1/imports/tickets?format=csv" + options, ADMIN).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
    }

    @Test
    void healthAndOpenApiAreServed() {
        Api.Reply health = api.get("health", null);
        assertEquals(200, health.status());
        assertEquals("UP", health.json().getString("status"));
        assertTrue(health.raw().body().contains("database"));
        Api.Reply openapi = api.send(api.request("openapi", null).header("Accept", "application/json").GET());
        assertEquals(200, openapi.status());
        assertTrue(openapi.raw().body().contains("/api/v1/tickets"), openapi.raw().body());
        assertTrue(api.get("api/v1/tickets/" + "2026-000001", OPERATOR).json().get("number") instanceof JsonString);
    }
}
