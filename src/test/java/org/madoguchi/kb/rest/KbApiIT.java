package org.madoguchi.kb.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.madoguchi.support.DemoAccounts.ADMIN;
import static org.madoguchi.support.DemoAccounts.OPERATOR;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.madoguchi.support.Api;
import org.madoguchi.support.ShippedKbContent;
import org.madoguchi.support.WarOverHttp;

/**
 * The articles API, the kb-content import and export, the usage counts and triage over articles, over real HTTP
 * against the built WAR (which imported the shipped kb-content on its first start).
 */
class KbApiIT extends WarOverHttp {

    static final String INTERNAL = "account-unlock-admin-tool";


    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    List<JsonObject> items(String path, String user) {
        Api.Reply r = api.get(path, user);
        assertEquals(200, r.status(), r.raw().body());
        return r.json().getJsonArray("items").stream().map(JsonObject.class::cast).toList();
    }

    @Test
    void withoutSignInOnlyPublicArticlesAreListedAndInternalOnesAreNotFound() {
        List<JsonObject> anonymous = items("api/v1/articles?size=100", null);
        assertTrue(anonymous.size() >= 40, "the starter set is there: " + anonymous.size());
        assertTrue(anonymous.stream().allMatch(a -> a.getString("visibility").equals("public")));
        assertTrue(anonymous.stream().noneMatch(a -> a.getString("id").equals(INTERNAL)));
        Api.Reply hidden = api.get("api/v1/articles/" + INTERNAL, null);
        assertEquals(404, hidden.status());
        assertTrue(hidden.contentType().startsWith("application/problem+json"), hidden.contentType());

        List<JsonObject> agents = items("api/v1/articles?size=100", OPERATOR);
        assertTrue(agents.stream().anyMatch(a -> a.getString("id").equals(INTERNAL)), "agents read internal ones");
        assertEquals(200, api.get("api/v1/articles/" + INTERNAL, OPERATOR).status());
    }

    @Test
    void anEntryInJapaneseOrEnglish() {
        JsonObject ja = api.get("api/v1/articles/account-password-forgotten", null).json();
        assertEquals("ja", ja.getString("lang"));
        assertTrue(ja.getString("title").contains("パスワード"), ja.getString("title"));
        assertEquals(List.of("ja", "en"), ja.getJsonArray("languages").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());
        assertTrue(ja.getString("html").startsWith("<"), ja.getString("html"));
        assertTrue(ja.getString("url").endsWith("/faq/account-password-forgotten"), ja.getString("url"));

        JsonObject en = api.get("api/v1/articles/account-password-forgotten?lang=en", null).json();
        assertEquals("en", en.getString("lang"));
        assertTrue(en.getString("title").toLowerCase().contains("password"), en.getString("title"));
        Api.Reply byHeader = api.send(api.request("api/v1/articles/account-password-forgotten", null)
                .header("Accept-Language", "en-US,en;q=0.8").GET());
        assertEquals("en", byHeader.json().getString("lang"));
    }

    @Test
    void searchIsJapaneseAwareAndMarksTheMatches() {
        List<JsonObject> found = items("api/v1/articles?q=" + q("パスワードを忘れてログインできない"), null);
        assertEquals("account-password-forgotten", found.get(0).getString("id"));
        assertTrue(found.get(0).getString("excerpt").contains("<mark>"), found.get(0).getString("excerpt"));
        // half-width katakana, as old systems and phones type it, finds the same entry
        List<JsonObject> halfWidth = items("api/v1/articles?q=" + q("ﾊﾟｽﾜｰﾄﾞ 忘れた"), null);
        assertEquals("account-password-forgotten", halfWidth.get(0).getString("id"));
        // typed in kana without conversion (a phone), read against the index's own words
        List<JsonObject> inKana = items("api/v1/articles?q=" + q("ぱすわーどをわすれてろぐいんできない"), null);
        assertEquals("account-password-forgotten", inKana.get(0).getString("id"), inKana.toString());
        List<JsonObject> syncInKana = items("api/v1/articles?q=" + q("たぶれっとでどうきできない"), null);
        assertTrue(syncInKana.get(0).getString("excerpt").contains("<mark>同期</mark>"), syncInKana.get(0).toString());
        assertEquals("tablet-sync-failed", syncInKana.get(0).getString("id"), "どう of どうき is no word of the reader");
        List<JsonObject> mapInKana = items("api/v1/articles?q=" + q("ちずがひょうじされない"), null);
        assertFalse(mapInKana.isEmpty(), "Kuromoji's pieces of ちず and ひょうじ are not asked of the entries");
        assertTrue(mapInKana.get(0).getString("title").contains("地図"), mapInKana.get(0).toString());
        List<JsonObject> inCategory = items("api/v1/articles?category=tablet&q=" + q("同期"), null);
        assertFalse(inCategory.isEmpty());
        assertTrue(inCategory.stream().allMatch(a -> a.getString("category").equals("tablet")));
        assertTrue(items("api/v1/articles?q=" + q("<script>alert(1)</script>"), null).stream()
                .noneMatch(a -> a.getString("excerpt").contains("<script")));
    }

    @Test
    void badParametersGetProblemDetails() {
        for (String query : List.of("category=nonsense", "size=0", "size=101", "page=-1")) {
            Api.Reply r = api.get("api/v1/articles?" + query, null);
            assertEquals(400, r.status(), query);
            assertTrue(r.contentType().startsWith("application/problem+json"), query);
            assertFalse(r.json().getJsonArray("errors").isEmpty(), query);
        }
    }

    @Test
    void exportGivesBackTheShippedFilesAndImportingThemAgainChangesNothing() throws IOException {
        Map<String, String> exported = unzip(exportZip());
        Map<String, String> shipped = ShippedKbContent.files();
        shipped.forEach((path, text) -> assertEquals(text, exported.get(path), path));

        Api.Reply again = importZip(zip(shipped));
        assertEquals(200, again.status(), again.raw().body());
        assertEquals(0, again.json().getInt("created"));
        assertEquals(0, again.json().getInt("updated"));
        assertEquals(0, again.json().getInt("failed"), again.raw().body());
        assertTrue(again.json().getInt("unchanged") >= 50, again.raw().body());
    }

    @Test
    void aNewerVersionInAFileUpdatesTheArticleAndABrokenFileIsReportedWithoutStoppingTheRest() throws IOException {
        String id = "kb-it-" + UUID.randomUUID().toString().substring(0, 8);
        String v1 = file(id, 1, "夜間の台帳更新について", "更新は毎晩22時に行います。");
        Api.Reply created = importZip(zip(Map.of("ja/" + id + ".md", v1, "ja/broken.md", "no front matter")));
        assertEquals(1, created.json().getInt("created"), created.raw().body());
        assertEquals(1, created.json().getInt("failed"));
        assertEquals("ja/broken.md", created.json().getJsonArray("errors").getJsonObject(0).getString("file"));
        assertEquals("更新は毎晩22時に行います。", api.get("api/v1/articles/" + id, null).json().getString("markdown"));

        Api.Reply updated = importZip(zip(Map.of("ja/" + id + ".md", file(id, 2, "夜間の台帳更新について", "更新は毎晩23時に行います。"))));
        assertEquals(1, updated.json().getInt("updated"), updated.raw().body());
        JsonObject article = api.get("api/v1/articles/" + id, null).json();
        assertEquals("更新は毎晩23時に行います。", article.getString("markdown"));
        assertEquals(2, article.getInt("version"));
        assertEquals(file(id, 2, "夜間の台帳更新について", "更新は毎晩23時に行います。"), unzip(exportZip()).get("ja/" + id + ".md"));
    }

    @Test
    void readersVoteAndCommentWithoutSignInAndBadInputIsExplained() {
        String slug = "reports-excel-output";
        long yes = usage(slug, "helpfulYes");
        long no = usage(slug, "helpfulNo");
        assertEquals(204, api.post("api/v1/articles/" + slug + "/votes", null, "{\"helpful\":true}").status());
        assertEquals(204, api.post("api/v1/articles/" + slug + "/votes", null, "{\"helpful\":false,\"lang\":\"en\"}").status());
        assertEquals(204, api.post("api/v1/articles/" + slug + "/comments", null,
                "{\"helpful\":false,\"comment\":\"様式の場所が分かりませんでした\"}").status());
        assertEquals(yes + 1, usage(slug, "helpfulYes"));
        assertEquals(no + 1, usage(slug, "helpfulNo"), "a comment is not another vote");

        Api.Reply missing = api.post("api/v1/articles/" + slug + "/votes", null, "{}");
        assertEquals(400, missing.status());
        assertEquals("helpful", missing.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply tooLong = api.post("api/v1/articles/" + slug + "/comments", null,
                "{\"helpful\":true,\"comment\":\"" + "あ".repeat(1001) + "\"}");
        assertEquals(400, tooLong.status());
        assertEquals(404, api.post("api/v1/articles/" + INTERNAL + "/votes", null, "{\"helpful\":true}").status(),
                "internal articles take no public votes");
        assertEquals(400, api.post("api/v1/articles/" + slug + "/votes", null, "not json").status());
    }

    @Test
    void onlyLeadsAndAdministratorsSyncContent() {
        HttpRequest.Builder anonymous = api.request("api/v1/imports/kb", null).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1}));
        assertEquals(401, api.send(anonymous).status());
        HttpRequest.Builder operator = api.request("api/v1/imports/kb", OPERATOR).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1}));
        assertEquals(403, api.send(operator).status());
        Api.Reply notAZip = importZip("this is not a zip".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notAZip.status());
        assertTrue(notAZip.contentType().startsWith("application/problem+json"));
    }

    @Test
    void pageViewsAreCountedPerArticleAndMonth() {
        String slug = "ledger-csv-download";
        long before = usage(slug, "views");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> page = api.send(api.request("faq/" + slug, null).header("Accept", "text/html").GET()).raw();
            assertEquals(200, page.statusCode());
        }
        assertEquals(before + 3, usage(slug, "views"));
        assertEquals(404, api.send(api.request("faq/no-such-entry", null).header("Accept", "text/html").GET()).status());
    }

    @Test
    void triageOffersArticlesAndLinkingOneTeachesItTheWording() {
        String wording = "外で使う端末の写真が役所のほうに届かない " + UUID.randomUUID().toString().substring(0, 6);
        String first = openTicket(wording);
        long linkedBefore = usage("tablet-photo-attach", "linkedTickets");
        Api.Reply link = api.post("api/v1/tickets/" + first + "/triage", OPERATOR,
                "{\"decision\":\"known\",\"linkTo\":{\"kind\":\"article\",\"id\":\"tablet-photo-attach\"}}");
        assertEquals(200, link.status(), link.raw().body());
        assertEquals("article", link.json().getJsonObject("linkedTo").getString("kind"));
        assertEquals(linkedBefore + 1, usage("tablet-photo-attach", "linkedTickets"));

        JsonObject again = api.get("api/v1/tickets/" + openTicket(wording) + "/triage", OPERATOR).json();
        JsonObject best = again.getJsonArray("candidates").getJsonObject(0);
        assertEquals("article", best.getString("kind"));
        assertEquals("tablet-photo-attach", best.getString("id"));
        assertEquals("known", again.getString("decision"));

        assertTrue(best.getString("askedAs", "").contains("<mark>"), "found by the wording it learnt: " + best);

        Api.Reply unknown = api.post("api/v1/tickets/" + first + "/triage", OPERATOR,
                "{\"decision\":\"known\",\"linkTo\":{\"kind\":\"article\",\"id\":\"no-such-article\"}}");
        assertEquals(400, unknown.status());

        // the agent corrects the link: the article forgets the wording, and the ticket is no longer counted
        assertEquals(200, api.post("api/v1/tickets/" + first + "/triage", OPERATOR, "{\"decision\":\"new\"}").status());
        assertEquals(linkedBefore, usage("tablet-photo-attach", "linkedTickets"));
        assertTrue(api.get("api/v1/tickets/" + openTicket(wording) + "/triage", OPERATOR).json()
                .getJsonArray("candidates").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("id").equals("tablet-photo-attach"))
                .allMatch(c -> !c.containsKey("askedAs") || c.isNull("askedAs")), "no learnt wording left to find it by");
    }

    @Test
    void theConsoleSearchFindsLiveArticlesNextToTickets() {
        List<JsonObject> articles = items("api/v1/search?kind=article&q=" + q("タブレットの同期ができない"), OPERATOR);
        assertFalse(articles.isEmpty());
        assertTrue(articles.stream().allMatch(a -> a.getString("kind").equals("article")));
        assertEquals("PUBLISHED", articles.get(0).getString("status"));
        assertTrue(articles.stream().anyMatch(a -> a.getString("id").equals("tablet-sync-failed")), articles.toString());
        assertTrue(articles.get(0).getString("excerpt").contains("<mark>"), articles.get(0).getString("excerpt"));
        // typed in kana, the query is read as the desk's words and finds what it finds typed in kanji (an inquiry
        // whose first article stands clear of the next: on a near tie, what the desk has learnt may decide)
        List<JsonObject> inKanji = items("api/v1/search?kind=article&q=" + q("タブレットが同期サーバと通信できない"), OPERATOR);
        List<JsonObject> inKana = items("api/v1/search?kind=article&q=" + q("たぶれっとがどうきさーばとつうしんできない"), OPERATOR);
        assertEquals(inKanji.get(0).getString("id"), inKana.get(0).getString("id"), inKana.toString());
        assertTrue(inKana.get(0).getString("excerpt").contains("<mark>同期</mark>"), "どうき marks 同期: " + inKana.get(0));
        assertTrue(items("api/v1/search?kind=article&q=" + q("管理ツールでロックを解除"), OPERATOR).stream()
                .anyMatch(a -> a.getString("id").equals(INTERNAL)), "agents find internal articles");
        assertTrue(items("api/v1/search?kind=ticket&q=" + q("タブレットの同期ができない"), OPERATOR).stream()
                .allMatch(a -> a.getString("kind").equals("ticket")));
        assertTrue(items("api/v1/search?status=closed&q=" + q("タブレットの同期ができない"), OPERATOR).stream()
                .allMatch(a -> a.getString("kind").equals("ticket")), "ticket statuses leave articles out");
        assertEquals(400, api.get("api/v1/search?kind=faq&q=x", OPERATOR).status());
        Api.Reply ticketFilterOnArticles = api.get("api/v1/search?kind=article&type=incident&q=x", OPERATOR);
        assertEquals(400, ticketFilterOnArticles.status(), "a ticket's type matches no article: said, not 'nothing'");
        assertTrue(ticketFilterOnArticles.contentType().startsWith("application/problem+json"));
        assertTrue(ticketFilterOnArticles.raw().body().contains("\"type\""), ticketFilterOnArticles.raw().body());
        assertEquals(401, api.get("api/v1/search?kind=article&q=x", null).status());
    }

    @Test
    void anArticleIsShownInTheLanguageTheInquiryIsWrittenIn() {
        String english = "The tablet will not sync and shows error E-2031";
        JsonObject inEnglish = article(items("api/v1/search?kind=article&q=" + q(english), OPERATOR), "tablet-sync-failed");
        assertEquals("The tablet will not sync and shows error E-2031.", inEnglish.getString("title"));
        assertTrue(inEnglish.getString("excerpt").contains("<mark>sync"), "marked where it was found: "
                + inEnglish.getString("excerpt"));
        JsonObject inJapanese = article(items("api/v1/search?kind=article&q=" + q("タブレットの同期ができない"), OPERATOR),
                "tablet-sync-failed");
        assertEquals("タブレットで同期できません（E-2031が表示されます）。", inJapanese.getString("title"));

        JsonObject triage = api.get("api/v1/tickets/" + openTicket(english + " " + UUID.randomUUID().toString().substring(0, 6))
                + "/triage", OPERATOR).json();
        JsonObject candidate = article(triage.getJsonArray("candidates").stream().map(JsonObject.class::cast).toList(),
                "tablet-sync-failed");
        assertEquals("The tablet will not sync and shows error E-2031.", candidate.getString("title"));
        assertTrue(candidate.getString("excerpt").replaceAll("</?mark>", "").contains("the sync server"),
                "the English text, for the answer to reuse: " + candidate.getString("excerpt"));
        assertEquals(api.get("api/v1/articles/tablet-sync-failed", OPERATOR).json().getString("updated"),
                Instant.parse(candidate.getString("answeredAt")).atZone(ZoneId.of("Asia/Tokyo")).toLocalDate().toString(),
                "an article's answer is as old as its live version");
    }

    static JsonObject article(List<JsonObject> items, String id) {
        return items.stream().filter(a -> a.getString("kind").equals("article") && a.getString("id").equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(id + " not among " + items));
    }

    String openTicket(String subject) {
        Api.Reply r = api.post("api/v1/tickets", null, """
                {"type":"inquiry","subject":"%s","description":"%s","requester":{"name":"森 由美","email":"mori@city.example.lg.jp"}}"""
                .formatted(subject, subject));
        assertEquals(201, r.status(), r.raw().body());
        return r.json().getString("number");
    }

    long usage(String slug, String field) {
        Api.Reply r = api.get("api/v1/admin/kb/usage?month=" + YearMonth.now(ZoneId.of("Asia/Tokyo")), ADMIN);
        assertEquals(200, r.status(), r.raw().body());
        return r.parse().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(o -> o.getString("slug").equals(slug)).mapToLong(o -> o.getJsonNumber(field).longValue()).sum();
    }

    static String file(String id, int version, String title, String body) {
        return """
                ---
                id: %s
                kind: qa
                title: "%s"
                category: ledger
                tags: [更新]
                system: LEDGER
                visibility: public
                status: published
                version: %d
                updated: 2026-11-20
                lang: ja
                ---

                %s
                """.formatted(id, title, version, body);
    }

    byte[] exportZip() {
        HttpResponse<byte[]> r;
        try {
            r = HttpClient.newHttpClient().send(api.request("api/v1/admin/kb/export", ADMIN)
                    .header("Accept", "application/zip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));
        return r.body();
    }

    Api.Reply importZip(byte[] zip) {
        return api.send(api.request("api/v1/imports/kb", ADMIN).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
