package org.madoguchi.triage.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.madoguchi.support.DemoAccounts.ADMIN;
import static org.madoguchi.support.DemoAccounts.CITY;
import static org.madoguchi.support.DemoAccounts.OPERATOR;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.madoguchi.support.Api;
import org.madoguchi.support.Tickets;
import org.madoguchi.support.WarOverHttp;

/**
 * Triage and the desk search over real HTTP against the built WAR: candidates and proposal, the agent's decision
 * and what it teaches, recurring issues, odd input, roles, and the index rebuild.
 */
class TriageApiIT extends WarOverHttp {

    String open(String subject) {
        return Tickets.open(api, subject, "台帳画面で検索結果が表示されません。操作手順は添付のとおりです。");
    }

    String openAndAnswer(String subject, String description, String answer) {
        return Tickets.openAndAnswer(api, subject, description, answer);
    }

    String openAndKeep(String subject, String description) {
        return Tickets.open(api, subject, description);
    }

    List<String> candidates(String number) {
        return api.get("api/v1/tickets/" + number + "/triage", OPERATOR).json().getJsonArray("candidates").stream()
                .map(c -> ((JsonObject) c).getString("id")).toList();
    }

    @Test
    void anAgentFindsTheCaseInOtherWordsAndTheLinkTeachesItTheInquirysWording() {
        String product = Tickets.madeUpWord("ゾル");
        String nickname = Tickets.madeUpWord("ミラ");
        String answered = openAndAnswer(product + "の設定", product + "の設定方法を知りたい。", "設定画面の" + product + "欄で変更します。");
        String inquiry = openAndKeep(nickname + "が動かない", nickname + "が動かない。");
        assertFalse(candidates(inquiry).contains(answered), "the inquiry's own words do not find it");

        JsonObject plain = api.get("api/v1/tickets/" + inquiry + "/triage", OPERATOR).json();
        JsonObject other = api.get("api/v1/tickets/" + inquiry + "/triage?q=" + q(product), OPERATOR).json();
        assertEquals(answered, other.getJsonArray("candidates").getJsonObject(0).getString("id"), other.toString());
        assertTrue(other.getJsonArray("candidates").getJsonObject(0).getString("excerpt").contains("<mark>" + product),
                "marked by the words searched");
        assertEquals(plain.getString("decision"), other.getString("decision"), "the proposal stays the inquiry's");
        assertEquals(plain.getJsonNumber("confidence").doubleValue(), other.getJsonNumber("confidence").doubleValue());
        assertEquals(candidates(inquiry), api.get("api/v1/tickets/" + inquiry + "/triage?q=%20", OPERATOR).json()
                .getJsonArray("candidates").stream().map(c -> ((JsonObject) c).getString("id")).toList(),
                "blank words: the inquiry's candidates");

        link(inquiry, answered);
        String next = openAndKeep(nickname + "が動かない", nickname + "が動かない。");
        assertEquals(answered, candidates(next).get(0), "the next inquiry in these words finds the case at once");
    }

    @Test
    void aLinkCorrectedLaterTakesBackTheWordingItTaught() {
        String product = Tickets.madeUpWord("ゾル");
        String nickname = Tickets.madeUpWord("ミラ");
        String wrong = openAndAnswer(product + "の設定", product + "の設定方法を知りたい。", "設定画面の" + product + "欄で変更します。");
        String right = openAndAnswer(product + "の印刷", product + "を印刷したい。", "印刷メニューから" + product + "を選びます。");
        String subject = nickname + "が動かない";
        String description = nickname + "が動かない。";
        String inquiry = openAndKeep(subject, description);
        String sameWords = openAndKeep(subject, description);

        link(inquiry, wrong);
        assertEquals(wrong, candidates(openAndKeep(subject, description)).get(0), "the link taught the wrong case");
        link(inquiry, right);
        List<String> corrected = candidates(openAndKeep(subject, description));
        assertEquals(right, corrected.get(0), "the corrected link teaches the right one");
        assertFalse(corrected.contains(wrong), "and the wrong one no longer holds the wording: " + corrected);
        JsonObject takenBack = history(wrong).get(history(wrong).size() - 1);
        assertEquals("askedAs", takenBack.getString("field"));
        assertEquals(inquiry, takenBack.getString("from"), "the case's history says whose wording it gave back");
        assertTrue(takenBack.isNull("to"));

        link(sameWords, right);
        decide(inquiry, "{\"decision\":\"new\"}");
        assertEquals(right, candidates(openAndKeep(subject, description)).get(0),
                "another inquiry in these words is still linked there");
        decide(sameWords, "{\"decision\":\"new\"}");
        assertFalse(candidates(openAndKeep(subject, description)).contains(right), "no link left, nothing learnt");
    }

    private List<JsonObject> history(String number) {
        return api.get("api/v1/tickets/" + number, OPERATOR).json().getJsonArray("history").stream()
                .map(JsonObject.class::cast).toList();
    }

    @Test
    void aRecurringIssueIsOneCandidateWithItsRepeatsListedUnderIt() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String subject = "公共ますの台帳番号が二重に採番される " + tag;
        String description = "公共ますを登録すると、同じ台帳番号が二つのますに付きます。";
        String answer = "採番設定の重複を修正しました。お手数ですが再登録してください。";
        List<String> copies = List.of(openAndAnswer(subject, description, answer),
                openAndAnswer(subject, description, answer), openAndAnswer(subject, description, answer));
        String other = openAndAnswer("公共ますの台帳番号を付け直したい " + tag, "公共ますの台帳番号を変更する方法を教えてください。",
                "属性編集の画面で台帳番号を変更できます。");
        String inquiry = openAndKeep("公共ますの台帳番号が二重に採番されてしまう " + tag, "同じ番号が二つ付きました。");

        JsonObject triage = api.get("api/v1/tickets/" + inquiry + "/triage", OPERATOR).json();
        List<JsonObject> candidates = triage.getJsonArray("candidates").stream().map(JsonObject.class::cast).toList();
        List<String> ids = candidates.stream().map(c -> c.getString("id")).toList();
        assertEquals(copies.get(0), ids.get(0), "the recurring issue comes first: " + ids);
        assertEquals(copies.subList(1, 3), candidates.get(0).getJsonArray("repeats").stream()
                .map(r -> ((JsonString) r).getString()).toList(), "its copies are listed under it");
        assertFalse(ids.contains(copies.get(1)) || ids.contains(copies.get(2)), "and take no place of their own: " + ids);
        assertTrue(ids.contains(other), "the next issue is still offered: " + ids);
        assertEquals("known", triage.getString("decision"), "copies do not make the issue look doubtful");
    }

    @Test
    void everyNewInquiryIsTriagedAsItComesInAndTheProposalIsKept() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String answered = openAndAnswer("縦断図をPDFに出力すると白紙になる " + tag,
                "縦断図の画面からPDF出力すると、白紙のPDFができます。",
                "用紙サイズをA3横に設定してから出力してください。");
        // an anonymous REST intake, as a web form or mail would be: no agent is signed in when it is triaged
        String inquiry = openAndKeep("縦断図のPDF出力が白紙になります " + tag, "縦断図をPDFにすると何も印刷されていません。");
        JsonObject atIntake = api.get("api/v1/tickets/" + inquiry + "/triage", OPERATOR).json().getJsonObject("atIntake");
        assertEquals("known", atIntake.getString("decision"), atIntake.toString());
        assertEquals(answered, atIntake.getJsonObject("firstCase").getString("id"), "the answered case, put first");
        assertTrue(atIntake.getJsonNumber("confidence").doubleValue() >= 0.5, atIntake.toString());
        assertFalse(atIntake.getString("at").isBlank());

        // a decision does not rewrite what was proposed on arrival
        assertEquals(200, api.post("api/v1/tickets/" + inquiry + "/triage", OPERATOR, "{\"decision\":\"new\"}").status());
        JsonObject after = api.get("api/v1/tickets/" + inquiry + "/triage", OPERATOR).json();
        assertEquals("new", after.getString("decided"));
        assertEquals(atIntake, after.getJsonObject("atIntake"));

        // words no other ticket or article holds: letters past f only, since the hex tags of other tests' tickets are
        // cut into letters and digits that a tag-like word would meet
        String word = tag.chars().mapToObj(c -> String.valueOf((char) ('g' + Character.digit(c, 16))))
                .collect(Collectors.joining());
        String unrelated = openAndKeep("zq" + word + " wx" + word, "jv" + word + " zz" + word + ".");
        JsonObject nothingLikeIt = api.get("api/v1/tickets/" + unrelated + "/triage", OPERATOR).json()
                .getJsonObject("atIntake");
        assertEquals("new", nothingLikeIt.getString("decision"), nothingLikeIt.toString());
        assertTrue(nothingLikeIt.isNull("firstCase"), "nothing found, nothing named: " + nothingLikeIt);
    }

    @Test
    void triageFindsTheAnsweredCaseAndLearnsFromTheAgentsLink() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String answered = openAndAnswer("ポンプ場の警報履歴を帳票に出力したい " + tag,
                "ポンプ場ごとの警報履歴を月別の帳票として出力する方法を教えてください。",
                "帳票メニューの「ポンプ場警報履歴」で期間を指定して出力できます。");
        String similar = open("ポンプ場の警報履歴を出力する方法 " + tag);
        assertEquals(answered, candidates(similar).get(0), "the answered case comes first");
        JsonObject proposal = api.get("api/v1/tickets/" + similar + "/triage", OPERATOR).json();
        assertEquals(0.5, proposal.getJsonNumber("threshold").doubleValue(), "madoguchi.triage.known-threshold's default");
        assertEquals(proposal.getJsonNumber("confidence").doubleValue() >= 0.5, "known".equals(proposal.getString("decision")));
        assertEquals(api.get("api/v1/tickets/" + answered, OPERATOR).json().getString("answeredAt"),
                proposal.getJsonArray("candidates").getJsonObject(0).getString("answeredAt"),
                "a candidate says when its answer was given");

        // Worded as people talk, with no word (or synonym) in common with the answered case.
        String question = "夜中にピーピー鳴ったときの記録を紙にして上司に見せたいです。";
        String differentlyWorded = openAndKeep("夜中にピーピー鳴った記録を紙で残したい", question);
        assertTrue(candidates(differentlyWorded).indexOf(answered) != 0, "not yet found first by this wording");
        Api.Reply link = api.post("api/v1/tickets/" + differentlyWorded + "/triage", OPERATOR,
                "{\"decision\":\"known\",\"linkTo\":{\"kind\":\"ticket\",\"id\":\"" + answered + "\"}}");
        assertEquals(200, link.status(), link.raw().body());
        assertEquals("known", link.json().getString("decided"));
        assertEquals(answered, link.json().getJsonObject("linkedTo").getString("id"));

        String sameWording = openAndKeep("夜中にピーピー鳴った記録を紙で残したい", question);
        assertEquals(answered, candidates(sameWording).get(0), "the linked wording now finds the case at once");
        JsonObject found = api.get("api/v1/tickets/" + sameWording + "/triage", OPERATOR).json()
                .getJsonArray("candidates").getJsonObject(0);
        String askedAs = found.getString("askedAs", "");
        assertTrue(askedAs.contains("<mark>") && askedAs.contains("ピー"), "the panel says why: " + found);
        assertEquals(JsonValue.NULL, proposal.getJsonArray("candidates").getJsonObject(0)
                .getOrDefault("askedAs", JsonValue.NULL), "a case found by its own words names no learnt wording");

        List<String> history = api.get("api/v1/tickets/" + differentlyWorded, OPERATOR).json().getJsonArray("history")
                .stream().map(h -> ((JsonObject) h).getString("field")).toList();
        assertTrue(history.contains("triage"), history.toString());
    }

    @Test
    void anInquiryTypedInKanaFindsTheCaseWrittenInKanji() {
        String answered = openAndAnswer("停電のあと非常用発電機が起動しない",
                "中継ポンプ場で停電が起きたとき、非常用発電機が自動で起動しませんでした。",
                "発電機の自動起動設定を確認し、切替盤の設定を復旧しました。");
        // nothing in common with the case but its words' readings: no kanji, and no shared kana either
        String kana = openAndKeep("ていでんしたらはつでんきがうごかない", "ていでんのとき、はつでんきがうごきません");
        assertEquals(answered, candidates(kana).get(0), "read as 停電 and 発電機, the words the desk's index holds");
    }

    @Test
    void triageCopesWithAnyTextPeopleType() {
        List<String> subjects = List.of("title:(ログイン OR \\\"地図\\\") AND -印刷* ~2 [a TO z] {!}",
                "😀🙏 地図が出ない 🗺️", "ＡＢＣ ﾛｸﾞｲﾝ E-1021 Ｅ－１０２１ ログイン出来ない", "?", "a".repeat(200));
        for (String subject : subjects) {
            String number = open(subject);
            Api.Reply triage = api.get("api/v1/tickets/" + number + "/triage", OPERATOR);
            assertEquals(200, triage.status(), subject + " -> " + triage.raw().body());
            assertNotNull(triage.json().getJsonArray("candidates"));
        }
        String longText = "下水道台帳の検索で結果が出ない。".repeat(1200);
        Api.Reply created = api.post("api/v1/tickets", null, """
                {"type":"inquiry","subject":"長文の問合せ","description":"%s","requester":{"name":"x","email":"x@example.jp"}}"""
                .formatted(longText));
        assertEquals(201, created.status(), created.raw().body());
        assertEquals(200, api.get("api/v1/tickets/" + created.json().getString("number") + "/triage", OPERATOR).status());

        // twice that text as a search link (115 KB in UTF-8, 346 KB URL-encoded): read, not refused by the listener
        String inAddress = URLEncoder.encode(longText.repeat(2), StandardCharsets.UTF_8);
        // as browsers and curl send it over plain HTTP: HTTP/1.1 (Java's client would upgrade to HTTP/2 if left alone)
        Api.Reply searched = api.send(api.request("api/v1/search?q=" + inAddress, OPERATOR)
                .version(HttpClient.Version.HTTP_1_1).GET());
        assertEquals(200, searched.status(), searched.raw().body());
        assertTrue(searched.json().getInt("total") > 0, searched.raw().body());
        // the public Q&A site reads a search as far as its box takes it, and repeats no more in its links
        Api.Reply faq = api.send(api.request("faq?q=" + inAddress, null)
                .version(HttpClient.Version.HTTP_1_1).GET());
        assertEquals(200, faq.status());
        assertTrue(faq.raw().body().length() < 200_000, "a page of " + faq.raw().body().length() + " characters");
    }

    @Test
    void theDeskSearchRanksFiltersPagesAndMarksPassages() {
        String tag = "検索" + UUID.randomUUID().toString().substring(0, 6);
        String answered = openAndAnswer("マンホール蓋の写真を台帳に登録したい " + tag,
                "点検で撮影したマンホール蓋の写真を台帳に登録する方法を教えてください。",
                "台帳画面の写真タブから登録できます。");
        String open = open("マンホール蓋の写真が表示されない " + tag);
        String q = URLEncoder.encode("人孔の蓋の写真 " + tag, StandardCharsets.UTF_8);

        JsonObject all = api.get("api/v1/search?q=" + q, OPERATOR).json();
        List<String> ids = all.getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("id")).toList();
        assertTrue(ids.indexOf(answered) >= 0 && ids.indexOf(answered) < 3, "the synonym 人孔 finds マンホール: " + ids);
        assertTrue(ids.contains(open), "every status is searched");
        String excerpt = all.getJsonArray("items").getJsonObject(ids.indexOf(answered)).getString("excerpt");
        assertTrue(excerpt.contains("<mark>"), excerpt);

        JsonObject onlyAnswered = api.get("api/v1/search?status=answered&q=" + q, OPERATOR).json();
        List<String> answeredIds = onlyAnswered.getJsonArray("items").stream()
                .map(i -> ((JsonObject) i).getString("id")).toList();
        assertTrue(answeredIds.contains(answered) && !answeredIds.contains(open), "the status filter applies: " + onlyAnswered);
        JsonObject paged = api.get("api/v1/search?size=1&page=1&q=" + q, OPERATOR).json();
        assertEquals(1, paged.getJsonArray("items").size());
        assertEquals(all.getInt("total"), paged.getInt("total"));

        assertEquals(0, api.get("api/v1/search?q=%20%20", OPERATOR).json().getInt("total"));
        assertEquals(200, api.get("api/v1/search?q=" + URLEncoder.encode("a:(b OR \\\"c) *?~ 😀",
                StandardCharsets.UTF_8), OPERATOR).status());
        assertEquals(400, api.get("api/v1/search?q=x&kind=bogus", OPERATOR).status());
        Api.Reply bogusStatus = api.get("api/v1/search?q=x&status=answered,bogus", OPERATOR);
        assertEquals(400, bogusStatus.status(), "a mistyped status is said, not answered with nothing");
        assertTrue(bogusStatus.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("waiting"),
                bogusStatus.raw().body());
        assertEquals(400, api.get("api/v1/search?q=x&type=question", OPERATOR).status());
        assertEquals(200, api.get("api/v1/search?q=x&status=in-progress,Answered&type=inquiry", OPERATOR).status(),
                "names in any case, with hyphens");
        assertEquals(401, api.get("api/v1/search?q=x", null).status());
        assertEquals(403, api.get("api/v1/search?q=x", ADMIN).status());
    }

    @Test
    void theDeskSearchNarrowsBySystemAndByTheDaysOfReceiptOnTheDesksCalendar() {
        String word = Tickets.madeUpWord("ナス");
        String gis = Tickets.openOn(api, "GIS", word + " の表示", word + " が地図に出ません。");
        String other = open(word + " の印刷");
        LocalDate day = Instant.parse(api.get("api/v1/tickets/" + gis, OPERATOR).json().getString("receivedAt"))
                .atZone(ZoneId.of("Asia/Tokyo")).toLocalDate();
        String search = "api/v1/search?size=100&q=" + q(word);

        assertEquals(Set.of(gis, other), Set.copyOf(ids(search)));
        assertEquals(List.of(gis), ids(search + "&system=GIS"));
        assertEquals(Set.of(gis, other), Set.copyOf(ids(search + "&from=" + day + "&to=" + day)), "both days included");
        assertEquals(List.of(), ids(search + "&to=" + day.minusDays(1)));
        assertEquals(List.of(), ids(search + "&from=" + day.plusDays(1)));
        assertEquals(List.of(gis), ids(search + "&system=GIS&from=" + day.minusDays(30)));

        Api.Reply notADay = api.get(search + "&from=2026-13-01", OPERATOR);
        assertEquals(400, notADay.status());
        assertEquals("from", notADay.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply backwards = api.get(search + "&from=" + day + "&to=" + day.minusDays(1), OPERATOR);
        assertEquals(400, backwards.status());
        assertEquals("to", backwards.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply noSuchSystem = api.get(search + "&system=NO_SUCH_SYSTEM", OPERATOR);
        assertEquals(400, noSuchSystem.status(), "a mistyped system is said, not answered with nothing");
        assertEquals("system", noSuchSystem.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, api.get(search + "&kind=article&from=" + day, OPERATOR).status(),
                "articles have no day of receipt: said, not answered with nothing");
    }

    @Test
    void theDeskSearchKeepsToEntriesHoldingAWordOfTheQueryWhileThereAreAny() {
        // made-up katakana words, each one word to Kuromoji: ヌテホマチ | 設定 | 変える, and ハマチ | 画面 | 開く
        String holding = open("ヌテホマチの設定を変えたい");
        // shares no word with the query, only the characters チの where its word meets the particle
        String joinOnly = open("ハマチの画面が開かない");

        List<String> found = ids("api/v1/search?size=100&q=" + q("ヌテホマチのトナニヘ"));
        assertTrue(found.contains(holding), found.toString());
        assertFalse(found.contains(joinOnly), "an entry sharing no word with the query is left out: " + found);

        // a misspelling that no entry holds as a word: its characters still find the entry
        assertTrue(ids("api/v1/search?size=100&q=" + q("ヌテホマア")).contains(holding), "ヌテホマア finds ヌテホマチ");
        // but where the filters leave no entry holding a word, nothing is found, not what the characters match
        assertEquals(List.of(), ids("api/v1/search?status=closed&q=" + q("ヌテホマチのトナニヘ")));
    }

    private List<String> ids(String path) {
        return api.get(path, OPERATOR).json().getJsonArray("items").stream()
                .map(i -> ((JsonObject) i).getString("id")).toList();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void triageDecisionsAreCheckedAndRoleBound() {
        String number = open("triage input " + UUID.randomUUID());
        assertEquals(400, api.post("api/v1/tickets/" + number + "/triage", OPERATOR, "{\"decision\":\"maybe\"}").status());
        assertEquals(400, api.post("api/v1/tickets/" + number + "/triage", OPERATOR, "{\"decision\":\"known\"}").status());
        assertEquals(400, api.post("api/v1/tickets/" + number + "/triage", OPERATOR,
                "{\"decision\":\"known\",\"linkTo\":{\"kind\":\"ticket\",\"id\":\"" + number + "\"}}").status());
        assertEquals(403, api.post("api/v1/tickets/" + number + "/triage", CITY, "{\"decision\":\"new\"}").status());
        assertEquals(200, api.get("api/v1/tickets/" + number + "/triage", CITY).status());
        Api.Reply marked = api.post("api/v1/tickets/" + number + "/triage", OPERATOR, "{\"decision\":\"new\"}");
        assertEquals("new", marked.json().getString("decided"));
        assertEquals(401, api.get("api/v1/tickets/" + number + "/triage", null).status());
    }

    @Test
    void administratorsRebuildTheIndexOverTheApi() {
        assertEquals(403, api.get("api/v1/admin/index", OPERATOR).status());
        api.get("api/v1/admin/index/rebuild?wait=120", ADMIN); // a rebuild another test began ends first
        Api.Reply census = api.get("api/v1/admin/index", ADMIN);
        assertEquals(200, census.status(), census.raw().body());
        assertTrue(census.json().getBoolean("consistent"), census.raw().body());
        var counts = census.json().getJsonArray("counts");
        assertEquals(List.of("ticket", "article"), counts.stream()
                .map(c -> c.asJsonObject().getString("kind")).toList(), census.raw().body());
        assertTrue(counts.getJsonObject(0).getJsonNumber("stored").longValue() > 0, census.raw().body());
        assertEquals(403, api.post("api/v1/admin/index/rebuild", OPERATOR, "").status());
        Api.Reply started = api.post("api/v1/admin/index/rebuild", ADMIN, "");
        assertEquals(200, started.status(), started.raw().body());
        assertEquals("requested", started.json().getString("reason"), started.raw().body());
        assertEquals("admin", started.json().getString("requestedBy"), started.raw().body());
        assertFalse(started.json().getString("startedAt").isBlank());
        assertEquals(200, api.get("api/v1/admin/index/rebuild", ADMIN).status());
    }

    private JsonObject review() {
        Api.Reply reply = api.get("api/v1/admin/triage/review?days=30", ADMIN);
        assertEquals(200, reply.status(), reply.raw().body());
        return reply.json();
    }

    /** The decision the panel proposes now: known or new. */
    private String proposal(String number) {
        return api.get("api/v1/tickets/" + number + "/triage", OPERATOR).json().getString("decision");
    }

    private void decide(String number, String body) {
        Api.Reply decided = api.post("api/v1/tickets/" + number + "/triage", OPERATOR, body);
        assertEquals(200, decided.status(), decided.raw().body());
    }

    private void link(String number, String target) {
        decide(number, "{\"decision\":\"known\",\"linkTo\":{\"kind\":\"ticket\",\"id\":\"" + target + "\"}}");
    }

    @Test
    void theReviewSetsTheProposalsAtTheFirstDecisionsAgainstTheAgentsLastWord() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String answered = openAndAnswer("人孔蓋のがたつき苦情の記録方法 " + tag, "人孔蓋ががたつくという苦情を受けました。記録の方法を教えてください。",
                "苦情受付画面で種別「がたつき」を選んで登録してください。");
        String other = openAndAnswer("取付管の台帳番号の付け方 " + tag, "取付管に台帳番号を付ける規則を教えてください。",
                "路線番号に続けて枝番を付けます。");
        String same = openAndKeep("人孔蓋のがたつき苦情はどう記録しますか " + tag, "人孔蓋ががたつくという苦情の記録方法を知りたいです。");
        String elsewhere = openAndKeep("人孔蓋のがたつき苦情を記録したい " + tag, "がたつく人孔蓋の苦情の記録の仕方を教えてください。");
        String fresh = openAndKeep("帳票の余白を変えたい " + tag, "帳票の余白を狭くする設定はありますか。");
        assertEquals(answered, candidates(same).get(0));
        assertEquals(answered, candidates(elsewhere).get(0));
        JsonObject before = review();

        boolean agreedSame = "known".equals(proposal(same));
        link(same, answered);
        boolean agreedElsewhere = "known".equals(proposal(elsewhere));
        link(elsewhere, answered);
        // on a second look the agent knows better than the first candidate: the inquiry counts once, what was
        // proposed at its first decision against the agent's last word
        link(elsewhere, other);
        boolean agreedFresh = "new".equals(proposal(fresh));
        int agreed = (agreedSame ? 1 : 0) + (agreedElsewhere ? 1 : 0) + (agreedFresh ? 1 : 0);
        decide(fresh, "{\"decision\":\"new\"}");
        JsonObject after = review();

        assertEquals(3, after.getInt("decisions") - before.getInt("decisions"), "each inquiry once: " + after);
        assertEquals(2, after.getInt("decidedKnown") - before.getInt("decidedKnown"));
        assertEquals(1, after.getInt("decidedNew") - before.getInt("decidedNew"));
        assertEquals(2, after.getInt("knownWithFirst") - before.getInt("knownWithFirst"));
        assertEquals(1, after.getInt("firstLinked") - before.getInt("firstLinked"), "only one was linked to the first candidate");
        assertEquals(agreed, after.getInt("agreed") - before.getInt("agreed"), "as the panel proposed: " + after);
        assertEquals(0.5, after.getJsonNumber("threshold").doubleValue());
        List<JsonObject> rows = after.getJsonArray("rows").stream().map(JsonObject.class::cast).toList();
        assertEquals(9, rows.size());
        JsonObject current = rows.stream().filter(r -> r.getBoolean("current")).findFirst().orElseThrow();
        assertEquals(0.5, current.getJsonNumber("threshold").doubleValue());
        assertTrue(current.getInt("confirmed") <= current.getInt("proposedKnown"));
        assertTrue(List.of("suggested", "too_few_decisions", "never_precise_enough").contains(after.getString("suggestion")));

        List<JsonObject> overruled = after.getJsonArray("overruled").stream().map(JsonObject.class::cast).toList();
        JsonObject otherCase = overruled.stream().filter(o -> o.getString("number").equals(elsewhere)).findFirst()
                .orElseThrow(() -> new AssertionError("linked elsewhere than the first candidate: " + overruled));
        assertEquals(answered, otherCase.getString("proposedId"));
        assertEquals(other, otherCase.getString("linkedId"));
        assertEquals(agreedElsewhere ? "other_case" : "known_after_all", otherCase.getString("disagreement"));
        assertEquals(!agreedSame, overruled.stream().anyMatch(o -> o.getString("number").equals(same)),
                "linked to the first candidate: listed only if it was proposed as new");
        assertEquals(!agreedFresh, overruled.stream().anyMatch(o -> o.getString("number").equals(fresh)));
        assertEquals(elsewhere, overruled.get(agreedFresh ? 0 : 1).getString("number"), "newest first");
    }

    @Test
    void theReviewRefitsTheProposalOnTheDesksDecisionsWhenThereAreEnough() {
        JsonObject allTime = api.get("api/v1/admin/triage/review?days=0", ADMIN).json();
        JsonObject refit = allTime.getJsonObject("refit");
        assertNotNull(refit, "the demo's year of decisions, kept with their measures: " + allTime);
        assertTrue(refit.getInt("decisions") >= 50 && refit.getInt("decisions") <= allTime.getInt("decisions"));
        assertEquals(10, refit.getString("policy").split(",").length, refit.getString("policy"));
        for (String figure : List.of("refitKnownRecallAtP90", "inForceKnownRecallAtP90")) {
            double recall = refit.getJsonNumber(figure).doubleValue();
            assertTrue(recall >= 0 && recall <= 1, figure + " " + recall);
        }
    }

    @Test
    void theReviewIsForAdministratorsAndRefusesABadPeriod() {
        assertEquals(403, api.get("api/v1/admin/triage/review", OPERATOR).status());
        assertEquals(401, api.get("api/v1/admin/triage/review", null).status());
        Api.Reply bad = api.get("api/v1/admin/triage/review?days=abc", ADMIN);
        assertEquals(400, bad.status());
        assertTrue(bad.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("days", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, api.get("api/v1/admin/triage/review?days=-1", ADMIN).status());
        assertEquals(200, api.get("api/v1/admin/triage/review?days=0", ADMIN).status());
    }

    @Test
    void theDemoYearComesWithItsAgentsTriage() {
        // demo mode plays a year of desk work: each ticket an agent took up was triaged then, against the history then
        JsonObject review = api.get("api/v1/admin/triage/review?days=0", ADMIN).json();
        assertTrue(review.getInt("decidedKnown") >= 100 && review.getInt("decidedNew") >= 10, review.toString());
        assertEquals("suggested", review.getString("suggestion"), "a year suggests a threshold: " + review);
        JsonObject decided = api.get("api/v1/tickets?status=CLOSED&size=100", OPERATOR).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .map(t -> api.get("api/v1/tickets/" + t.getString("number"), OPERATOR).json())
                .filter(t -> t.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> e.getString("field").equals("triage")))
                .findFirst().orElseThrow(() -> new AssertionError("no closed demo ticket was triaged"));
        JsonObject triage = decided.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("field").equals("triage")).findFirst().orElseThrow();
        assertTrue(triage.getString("to").matches("NEW|KNOWN (ticket|article) \\S+"), triage.toString());
        assertTrue(Instant.parse(triage.getString("at")).isBefore(Instant.parse(decided.getString("answeredAt"))),
                "decided when taken up, before the answer: " + decided);
        // an article linked then counts in its own month, for the monthly review of the Q&A
        String thisMonth = YearMonth.now(ZoneId.of("Asia/Tokyo")).toString();
        assertTrue(api.get("api/v1/admin/kb/usage", ADMIN).parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(u -> u.getString("month").compareTo(thisMonth) < 0 && u.getJsonNumber("linkedTickets").longValue() > 0),
                "linked tickets counted in past months");
    }
}
