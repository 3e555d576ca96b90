package org.madoguchi.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.madoguchi.support.Api;
import org.madoguchi.support.DemoAccounts;
import org.madoguchi.support.TestMail;
import org.madoguchi.support.Tickets;
import org.madoguchi.support.WarInBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** What people do on the pages, in Chromium against the built WAR. */
class DeskFlowsBrowserIT extends WarInBrowser {

    @Test
    void guestInquiryIsAnsweredAndTheStatusLinkShowsTheReplyButNotTheNote() {
        String subject = "台帳の印刷でA3が選べない " + UUID.randomUUID().toString().substring(0, 8);
        String number = Pages.submitInquiry(browser, subject,
                "管路台帳の印刷画面で用紙サイズにA3が表示されません。\n昨日までは選べました。",
                "高橋 誠司", "takahashi@city.example.lg.jp");
        assertTrue(number.matches("\\d{4}-\\d{6}"), number);
        String statusLink = browser.byId("status-link").getAttribute("href");

        Pages.signIn(browser, "operator", "demo");
        Pages.openFromQueue(browser, subject, number);
        Pages.send(browser, "REPLY", "プリンタ設定の用紙一覧を更新しました。再度お試しください。");
        Pages.send(browser, "NOTE", "INTERNAL-ONLY ドライバ更新が原因の可能性");
        assertTrue(browser.text("timeline").contains("INTERNAL-ONLY"), "the agent sees the note");
        assertEquals("対応中", browser.text("ticket-status"));
        Pages.signOut(browser);
        browser.open("/console/");
        assertTrue(browser.url().contains("/login"), "signed out: the console asks to sign in again");

        browser.driver().get(statusLink);
        browser.waitForText(By.id("ticket-number"), number);
        String messages = browser.text("public-messages");
        assertTrue(messages.contains("プリンタ設定の用紙一覧を更新しました。"), messages);
        assertFalse(browser.pageSource().contains("INTERNAL-ONLY"), "the requester never sees internal notes");
        assertEquals("対応中", browser.text("ticket-status"));
    }

    @Test
    void aLongAddressStaysInsideTheTicketPage() {
        String email = "kanro.kanrika.ijikanri.tantousha@sewer-maintenance-contractor.example.lg.jp";
        String number = Pages.submitInquiry(browser, "人孔の位置がずれている", "北区の人孔の位置が地図上で道路からずれています。",
                "佐々木 恵", email);
        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/ticket?n=" + number);
        assertTrue(browser.pageSource().contains(email));
        Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "the side column wraps the address; the page does not scroll sideways");
    }

    @Test
    void aBrokenLinkToATicketOrArticleSaysNotFound() {
        Pages.signIn(browser, "manager", "demo");
        // no number, an unknown number, no article, an article id that is no number: each a stale or mistyped link
        for (String link : List.of("/console/ticket", "/console/ticket?n=2026-999999", "/console/kb/article",
                "/console/kb/article?id=abc", "/console/kb/edit?id=abc")) {
            browser.open(link);
            assertEquals("ページが見つかりません", browser.text("error-heading"), link);
        }
    }

    @Test
    void theTriagePanelListsARecurringIssueOnceWithItsRepeats() {
        // one question asked four times in the same words and answered the same way (made here: the demo history
        // is drawn afresh for each day, so how often it repeats a question depends on the date)
        String subject = "管路番号から直接検索したい " + UUID.randomUUID().toString().substring(0, 6);
        String description = "台帳で管路番号から直接探す方法を教えてください。";
        String answer = "台帳画面の「検索」タブで検索種別を「管路番号」にしてください。";
        for (int i = 0; i < 4; i++) {
            Tickets.openAndAnswer(api, subject, description, answer);
        }
        String number = Pages.submitInquiry(browser, subject, description, "中村 舞", "nakamura@city.example.lg.jp");
        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/ticket?n=" + number);
        var candidates = browser.driver().findElements(By.cssSelector("#triage-candidates .candidate"));
        var first = candidates.get(0);
        assertTrue(first.getText().contains(subject), first.getText());
        var repeats = first.findElements(By.cssSelector(".repeats a"));
        assertEquals(3, repeats.size(), first.getText());
        assertFalse(first.findElements(By.cssSelector(".meta .title mark")).isEmpty(),
                "the title's matching words are marked");
        assertTrue(first.findElement(By.className("repeats")).getText().contains("ほかに 3 件"));
        long copies = candidates.stream().filter(c -> c.getText().contains(subject)).count();
        assertEquals(1, copies, "the repeats take no place of their own");
        assertEquals("既存事象", browser.find(By.cssSelector("#triage-proposal strong")).getText());
    }

    @Test
    void anAgentSearchesTheTriagePanelInOtherWordsAndLinksTheCaseFound() {
        String product = Tickets.madeUpWord("ゾル");
        String nickname = Tickets.madeUpWord("ミラ");
        String answered = Tickets.openAndAnswer(api, product + "の設定", product + "の設定方法を知りたい。",
                "設定画面の" + product + "欄で変更します。");
        String number = Tickets.open(api, nickname + "が動かない", nickname + "が動かない。");
        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/ticket?n=" + number);
        assertFalse(browser.text("triage-candidates").contains(answered), "not found by the inquiry's words");

        browser.type("triage:words", product);
        browser.clickAndWait("triage:search-again");
        assertTrue(browser.text("triage-searched-for").contains(product), browser.text("triage-searched-for"));
        var links = browser.driver().findElements(By.cssSelector("#triage-candidates .candidate-link"));
        assertEquals(answered, links.get(0).getText());
        browser.clickAndWait("triage:candidates:0:link");
        assertTrue(browser.text("triage-decided").replace('\u00a0', ' ').contains("既存事象 → " + answered),
                browser.text("triage-decided"));

        browser.clickAndWait("triage:inquiry-words");
        var found = browser.driver().findElements(By.cssSelector("#triage-candidates .candidate-link"));
        assertEquals(answered, found.get(0).getText(), "the inquiry's own words find it now: the link taught it them");
        assertTrue(browser.driver().findElements(By.id("triage-searched-for")).isEmpty());
    }

    @Test
    void missingAndMalformedFieldsAreExplainedAndTheTypedTextIsKept() {
        browser.open("/inquiry/new");
        browser.type("inquiry:subject", "件名だけ入力");
        browser.type("inquiry:requester_email", "not-an-address");
        browser.clickAndWait("inquiry:submit");
        String page = browser.pageSource();
        assertTrue(page.contains("入力してください。"), "required fields are named");
        assertTrue(page.contains("メールアドレスの形式が正しくありません。"));
        assertEquals("件名だけ入力", browser.byId("inquiry:subject").getAttribute("value"));
    }

    @Test
    void theFormSwitchesToEnglish() {
        browser.open("/inquiry/new");
        browser.clickAndWait("language-switch");
        assertTrue(browser.find(By.tagName("h1")).getText().startsWith("Inquiry"), browser.find(By.tagName("h1")).getText());
        browser.open("/inquiry/new?lang=ja");
        assertTrue(browser.find(By.tagName("h1")).getText().startsWith("問合せ"));
    }

    @Test
    void aWrongPasswordIsRefused() {
        Pages.signIn(browser, "operator", "not-the-password");
        assertTrue(browser.text("login:login-errors").contains("ユーザー名またはパスワードが正しくありません。"));
        browser.open("/console/");
        assertTrue(browser.url().contains("/login"), "still not signed in: " + browser.url());
    }

    @Test
    void cityUsersReadTicketsButGetNoWayToChangeThem() {
        String subject = "市職員の閲覧確認 " + UUID.randomUUID().toString().substring(0, 8);
        String number = Pages.submitInquiry(browser, subject, "閲覧のみの確認です。", "山本 和宏",
                "yamamoto@city.example.lg.jp");
        Pages.signIn(browser, "city", "demo");
        Pages.openFromQueue(browser, subject, number);
        assertTrue(browser.byId("read-only-note").isDisplayed());
        assertTrue(browser.driver().findElements(By.id("actions:send")).isEmpty(), "no reply form for city");
        assertTrue(browser.driver().findElements(By.id("side:change-status")).isEmpty(), "no status change for city");
        browser.open("/console/phone");
        browser.type("phone:subject", "city tries to log a call");
        browser.type("phone:description", "should be refused");
        browser.type("phone:requester_name", "山本 和宏");
        browser.type("phone:requester_phone", "022-000-0000");
        browser.clickAndWait("phone:save");
        assertEquals("この操作は許可されていません", browser.text("error-heading"));
    }

    @Test
    void scriptInASubjectIsShownAsText() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String payload = "<script>window.pwned='" + marker + "'</script><img src=x onerror=\"window.pwned='" + marker + "'\">";
        String number = Pages.submitInquiry(browser, payload, "XSS確認", "伊藤 大輔", "ito@city.example.lg.jp");
        Pages.signIn(browser, "operator", "demo");
        Pages.openFromQueue(browser, marker, number);
        assertEquals(payload, browser.text("ticket-subject"), "the markup is displayed literally");
        Object pwned = ((JavascriptExecutor) browser.driver()).executeScript("return window.pwned;");
        assertEquals(null, pwned, "no script from the subject ran");
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndStoresNothing() throws Exception {
        // A forged POST carries no valid view state: JSF refuses it before any action runs.
        String marker = "csrf-" + UUID.randomUUID();
        HttpClient client = HttpClient.newHttpClient();
        String form = "inquiry=inquiry&inquiry%3Atype=INQUIRY&inquiry%3Asubject=" + marker
                + "&inquiry%3Adescription=forged&inquiry%3Arequester_name=x&inquiry%3Arequester_email=x%40example.jp"
                + "&inquiry%3Asubmit=x&jakarta.faces.ViewState=-1234567890%3A987654321";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create(base + "inquiry/new")).header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "https://attacker.example").POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(response.body().contains("ticket-number"), "no confirmation for a forged form");

        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/");
        browser.type("filter:text", marker);
        browser.clickAndWait("filter:apply");
        assertTrue(browser.pageSource().contains("条件に合うチケットはありません。"), "nothing was stored");
    }

    @Test
    void anAdministratorImportsHistoryAndSeesEachBadLine() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("history", ".jsonl");
        Files.writeString(file, String.join("\n",
                "{\"external_id\":\"ui-" + run + "\",\"type\":\"inquiry\",\"status\":\"closed\",\"subject\":\"旧 " + run + "\","
                        + "\"description\":\"過去の問合せ\",\"answer\":\"回答済み\",\"requester_name\":\"森 久美子\",\"received_at\":\"2025-06-02 10:00\"}",
                "{\"external_id\": broken"));
        Pages.signIn(browser, "admin", "demo");
        browser.open("/console/admin/import");
        browser.find(By.cssSelector("#import-fields summary")).click();
        String fields = browser.text("import-fields");
        assertTrue(fields.contains("external_id") && fields.contains("received_at") && fields.contains("必須"), fields);
        browser.byId("upload:file").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait("upload:start");
        browser.waitForText(By.id("import-result"), "登録 1");
        assertTrue(browser.text("import-result").contains("エラー 1"), browser.text("import-result"));
        assertTrue(browser.text("import-errors").contains("JSON として読めません"), browser.text("import-errors"));

        // a CSV saved by Japanese Excel: Shift_JIS
        Path excel = Files.createTempFile("history", ".csv");
        Files.write(excel, String.join("\r\n",
                "external_id,type,status,subject,description,answer,requester_name,received_at",
                "xl-" + run + ",inquiry,closed,旧CSV " + run + " 髙橋さんの①番人孔,過去の問合せ,回答済み,髙橋 一郎,2025-06-03 10:00")
                .getBytes(Charset.forName("windows-31j")));
        browser.find(By.cssSelector("input[name='upload:format'][value='csv']")).click();
        browser.find(By.cssSelector("input[name='upload:encoding'][value='shift_jis']")).click();
        browser.byId("upload:file").sendKeys(excel.toAbsolutePath().toString());
        browser.clickAndWait("upload:start");
        browser.waitForText(By.id("import-result"), "エラー 0");
        assertTrue(browser.text("import-result").contains("登録 1"), browser.text("import-result"));
        Pages.signOut(browser);
        Pages.signIn(browser, "operator", "demo"); // an agent finds it as written
        browser.open("/console/search?q=" + URLEncoder.encode("旧CSV " + run, StandardCharsets.UTF_8));
        assertTrue(browser.text("search-results").contains("旧CSV " + run + " 髙橋さんの①番人孔"), browser.text("search-results"));
    }

    @Test
    void anAgentLinksAKnownIssueAndReusesItsAnswer() {
        String subject = "パスワードを忘れてログインできません " + UUID.randomUUID().toString().substring(0, 6);
        String number = Pages.submitInquiry(browser, subject, "パスワードを忘れてしまいました。再発行の方法を教えてください。",
                "佐々木 翔太", "sasaki@city.example.lg.jp");
        Pages.signIn(browser, "operator", "demo");
        // triaged as it came in: the queue shows the proposal before anyone opens the ticket (known or new depends on
        // the history the suite's other tests left; TriageApiIT checks which, on a history of its own making)
        var proposed = queueTriageCell(subject, number);
        assertTrue(proposed.getText().matches("既存事象の候補 \\d{1,3}%|新規の見込み"), proposed.getText());
        if (proposed.getText().startsWith("既存事象の候補")) {
            assertTrue(proposed.getAttribute("title").startsWith("最も似た事例: "), proposed.getAttribute("title"));
        }
        browser.find(By.linkText(number)).click();
        browser.waitForText(By.id("ticket-number"), number);
        browser.find(By.cssSelector("#triage-candidates .candidate-link"));
        // the first past ticket among the candidates (knowledge-base articles are candidates too)
        var links = browser.driver().findElements(By.cssSelector("#triage-candidates .candidate-link"));
        int index = 0;
        while (!links.get(index).getText().matches("\\d{4}-\\d{6}")) {
            index++;
        }
        String firstCandidate = links.get(index).getText();
        String answeredAt = api.get("api/v1/tickets/" + number + "/triage", DemoAccounts.OPERATOR).json()
                .getJsonArray("candidates").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("id").equals(firstCandidate)).findFirst().orElseThrow().getString("answeredAt");
        String answeredOn = browser.driver().findElements(By.cssSelector("#triage-candidates .candidate")).get(index)
                .findElement(By.className("answered-on")).getText().replace('\u00a0', ' ');
        assertEquals("回答日 " + Instant.parse(answeredAt).atZone(ZoneId.of("Asia/Tokyo")).toLocalDate(), answeredOn,
                "the panel says how old the answer is");

        browser.clickAndWait("triage:candidates:" + index + ":reuse");
        assertTrue(browser.text("triage-decided").replace('\u00a0', ' ').contains("既存事象 → " + firstCandidate),
                browser.text("triage-decided"));
        String prepared = browser.byId("actions:body").getAttribute("value");
        assertFalse(prepared.isBlank(), "the earlier answer is in the reply box");
        assertTrue(browser.find(By.cssSelector("input[name='actions:kind'][value='ANSWER']")).isSelected());

        browser.clickAndWait("actions:send");
        assertEquals("回答済", browser.text("ticket-status"));
        assertEquals(prepared, browser.text("ticket-answer"));
        assertTrue(browser.text("timeline").contains("一次切り分け: (なし) → 既存事象（過去の問合せ " + firstCandidate + "）"),
                "the link is in the history, in words: " + browser.text("timeline"));

        // the next inquiry asked that way finds the linked case, and the panel says by which wording
        String again = Pages.submitInquiry(browser, subject, "パスワードを忘れてしまいました。再発行の方法を教えてください。",
                "佐々木 翔太", "sasaki@city.example.lg.jp");
        browser.open("/console/ticket?n=" + again);
        var first = browser.find(By.cssSelector("#triage-candidates .candidate"));
        assertTrue(first.getText().contains(firstCandidate), first.getText());
        var askedAs = first.findElement(By.className("asked-as"));
        assertTrue(askedAs.getText().contains("以前ここに結び付けられました") && askedAs.getText().contains("再発行"),
                askedAs.getText());
        assertFalse(askedAs.findElements(By.tagName("mark")).isEmpty(), "its words are marked");

        // once an agent has decided, the queue shows the decision instead of the proposal
        browser.clickAndWait("triage:mark-new");
        assertEquals("判定済: 新規事象", queueTriageCell(subject, again).getText());

        // the queue filtered by where triage stands keeps the two inquiries apart by their decisions
        assertEquals(List.of(again), queueFilteredByTriage(subject, "判定済: 新規事象"));
        assertEquals(List.of(number), queueFilteredByTriage(subject, "判定済: 既存事象"));
        assertEquals(List.of(), queueFilteredByTriage(subject, "未判定"));

        // the first link was a mistake after all: deciding otherwise takes back the wording it taught the case
        browser.open("/console/ticket?n=" + number);
        browser.clickAndWait("triage:mark-new");
        assertTrue(browser.text("messages").contains("以前のリンク（" + firstCandidate + "）と、それによる学習を取り消しました。"),
                "the panel says what the correction took back: " + browser.text("messages"));
        browser.open("/console/ticket?n=" + firstCandidate);
        assertTrue(browser.text("timeline").contains("この問合せの表現を学習: " + number + " → (なし)"),
                "the case's history says whose wording it gave back: " + browser.text("timeline"));
    }

    /**
     * The ticket numbers the queue lists for a subject in any status (the answered one too), with the triage filter
     * set to the option labelled so.
     */
    private List<String> queueFilteredByTriage(String subject, String option) {
        browser.open("/console/");
        browser.clickAndWait("filter:clear");
        browser.type("filter:text", subject);
        new Select(browser.byId("filter:triage")).selectByVisibleText(option);
        browser.clickAndWait("filter:apply");
        assertEquals(option, new Select(browser.byId("filter:triage"))
                .getFirstSelectedOption().getText(), "the filter stays set");
        return queueNumbers();
    }

    /** The ticket numbers on the queue's page as shown. */
    private List<String> queueNumbers() {
        return browser.driver().findElements(By.cssSelector(".queue-table tbody a")).stream()
                .map(WebElement::getText).filter(t -> t.matches("\\d{4}-\\d{6}")).toList();
    }

    /** The triage cell of a ticket's row in the queue, filtered by its subject. */
    private WebElement queueTriageCell(String subject, String number) {
        browser.open("/console/");
        browser.type("filter:text", subject);
        browser.clickAndWait("filter:apply");
        return browser.find(By.xpath("//tr[.//a[text()='" + number + "']]//span[contains(@class, 'badge triage-')]"));
    }

    /**
     * At 1280 px the header keeps the menu, the language switch and the sign-out on the line of the queue link, and
     * the queue shows all its columns without scrolling, its subject the widest, with no filter boxes in its head
     * (the filter bar above it filters).
     */
    private void assertHeaderOnOneLineAndQueueFits() {
        var queue = browser.byId("nav-queue").getRect();
        for (var other : List.of(browser.find(By.cssSelector("#nav-admin summary")), browser.byId("language-switch"),
                browser.byId("session:sign-out"))) {
            var rect = other.getRect();
            assertTrue(rect.getY() < queue.getY() + queue.getHeight() && queue.getY() < rect.getY() + rect.getHeight(),
                    "on the line of the queue link: " + rect.getY() + " against " + queue.getY());
        }
        var table = browser.find(By.cssSelector("#queue\\:tickets .ui-datatable-tablewrapper"));
        long overflow = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", table);
        assertEquals(0, overflow, "the queue scrolls sideways");
        var heads = table.findElements(By.cssSelector("thead th"));
        int subject = heads.get(1).getRect().getWidth();
        for (int i = 0; i < heads.size(); i++) {
            assertTrue(i == 1 || heads.get(i).getRect().getWidth() < subject,
                    heads.get(i).getText() + " is as wide as the subject");
        }
        assertTrue(table.findElements(By.cssSelector("thead input")).isEmpty(), "no filter boxes in the head");
    }

    /** The inquiries decided, as the review page states them: 「12件（既存事象 …」. */
    private int decidedOnReviewPage() {
        return Integer.parseInt(browser.text("review-decisions").replaceAll("^(\\d+).*", "$1"));
    }

    @Test
    void aLeadReviewsTheProposalsAgainstWhatAgentsDecided() {
        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/admin/triage");
        assertTrue(browser.driver().findElements(By.id("review-rows")).isEmpty(), "not for agents");
        assertEquals("この操作は許可されていません", browser.text("error-heading"));
        browser.open("/console/");
        Pages.signOut(browser);
        Pages.signIn(browser, "lead", "demo");
        browser.open("/console/");
        // the settings sit in one menu of the header, which stays on one line for a lead, who may see them all
        assertHeaderOnOneLineAndQueueFits();
        browser.open("/console/?lang=en");
        assertEquals("Queue", browser.byId("nav-queue").getText());
        assertHeaderOnOneLineAndQueueFits();
        browser.open("/console/?lang=ja");
        assertFalse(browser.driver().findElement(By.id("nav-review")).isDisplayed(), "closed until opened");
        browser.find(By.cssSelector("#nav-admin summary")).click();
        browser.clickAndWait("nav-review");
        int before = decidedOnReviewPage();
        Pages.signOut(browser);

        // asked before in the same words and answered: proposed as known, yet the agent sees a new issue in it
        String subject = "帳票の余白を狭くしたい " + UUID.randomUUID().toString().substring(0, 6);
        String description = "点検結果一覧表の余白を狭くする設定はありますか。";
        for (int i = 0; i < 2; i++) {
            Tickets.openAndAnswer(api, subject, description, "帳票の設定画面で余白を指定できます。");
        }
        String number = Pages.submitInquiry(browser, subject, description, "村上 香織", "murakami@city.example.lg.jp");
        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/ticket?n=" + number);
        assertEquals("既存事象", browser.find(By.cssSelector("#triage-proposal strong")).getText());
        browser.clickAndWait("triage:mark-new");
        assertTrue(browser.text("triage-decided").contains("新規"), browser.text("triage-decided"));
        Pages.signOut(browser);

        Pages.signIn(browser, "lead", "demo");
        browser.open("/console/admin/triage");
        assertEquals(before + 1, decidedOnReviewPage(), browser.text("review-summary"));
        var rows = browser.driver().findElements(By.cssSelector("#review-rows tbody tr"));
        assertEquals(9, rows.size(), "thresholds 0.1 to 0.9, the one in force among them");
        var current = browser.find(By.cssSelector("#review-rows tr.current"));
        assertTrue(current.getText().startsWith("0.50（現在）"), current.getText());
        assertFalse(browser.text("review-suggestion").isBlank());
        var overruled = browser.find(By.cssSelector("#overruled tbody tr"));
        assertTrue(overruled.getText().contains(number) && overruled.getText().contains("既存事象と提案 → 新規と判定"),
                "the latest decision against the proposal comes first: " + overruled.getText());

        new Select(browser.byId("period:days")).selectByValue("0");
        browser.clickAndWait("period:show");
        assertEquals("全期間", new Select(browser.byId("period:days"))
                .getFirstSelectedOption().getText());
        assertTrue(decidedOnReviewPage() >= before + 1, browser.text("review-summary"));
        // a year of the demo's decisions is enough to refit the proposal on, and the page gives the line to set
        assertTrue(Integer.parseInt(browser.text("refit-decisions")) >= 50, browser.text("refit-decisions"));
        assertTrue(browser.text("refit-in-force").endsWith("%") && browser.text("refit-refitted").endsWith("%"));
        assertTrue(browser.text("refit-setting").matches("madoguchi\\.triage\\.proposal=-?[0-9.]+(,-?[0-9.]+){9}"),
                browser.text("refit-setting"));
    }

    @Test
    void theQueueSaysWhenItsDaysAreTheWrongWayRound() {
        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/");
        List<String> listed = queueNumbers();
        assertFalse(listed.isEmpty(), "the demo's open tickets are listed");
        browser.setValue("filter:from_input", "2026-05-02");
        browser.setValue("filter:to_input", "2026-05-01");
        browser.clickAndWait("filter:apply");
        assertTrue(browser.text("filter:to-error").contains("受付日（まで）は受付日（から）と同じ日かそれより後"),
                "said on the field, not a queue of nothing");
        assertEquals(listed, queueNumbers(), "the table keeps the filter it had");
        assertEquals("2026-05-01", browser.byId("filter:to_input").getAttribute("value"), "the typed day is kept");

        browser.setValue("filter:to_input", "2026-05-31");
        browser.clickAndWait("filter:apply");
        assertTrue(browser.driver().findElements(By.id("filter:to-error")).stream().allMatch(e -> e.getText().isBlank()));
    }

    @Test
    void anAgentLogsAPhoneCallAndSetsItsPriority() {
        Pages.signIn(browser, "manager", "demo");
        browser.open("/console/phone");
        String subject = "電話: 全庁で地図が開かない " + UUID.randomUUID().toString().substring(0, 8);
        new Select(browser.byId("phone:type")).selectByValue("INCIDENT");
        new Select(browser.byId("phone:impact")).selectByValue("HIGH");
        new Select(browser.byId("phone:urgency")).selectByValue("HIGH");
        browser.type("phone:subject", subject);
        browser.type("phone:description", "北区役所から電話。朝から地図が表示されない。");
        browser.type("phone:requester_name", "林 千尋");
        browser.type("phone:requester_phone", "022-555-0101");
        browser.clickAndWait("phone:save");
        assertEquals(subject, browser.text("ticket-subject"));
        assertEquals("最優先", browser.text("ticket-priority"));
        assertTrue(browser.text("timeline").contains("電話で受付"), browser.text("timeline"));
    }

    @Test
    void anAdministratorFindsAnUnreadableMailInQuarantineAndReadsItAgain() throws Exception {
        String subject = "no sender " + UUID.randomUUID().toString().substring(0, 8);
        TestMail.sendRaw(("To: helpdesk@madoguchi.test\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + UUID.randomUUID() + "@client.example>\r\n\r\nwho sent this?\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        Pages.signIn(browser, "admin", "demo");
        browser.open("/console/admin/mail");
        browser.clickAndWait("mail:read");
        assertTrue(browser.pageSource().contains("読み込み"), "the round's counts are shown");

        By row = By.xpath("//table[@id='mail:quarantine']//tr[td[contains(., '" + subject + "')]]");
        assertTrue(browser.find(row).getText().contains("From"), browser.find(row).getText());
        browser.find(row).findElement(By.cssSelector("input[type=submit]")).click();
        browser.waitForText(By.tagName("body"), "再処理の結果：QUARANTINED");
        assertTrue(browser.pageSource().contains(subject), "still listed: it is still unreadable");
    }

    @Test
    void anAdministratorRewordsTheAcknowledgementWithAPreviewAndTheNextRequesterGetsIt() throws Exception {
        String marker = "受付テスト" + UUID.randomUUID().toString().substring(0, 6);
        Pages.signIn(browser, "admin", "demo");
        browser.open("/console/admin/mail-templates");
        try {
            browser.type("template:subject", "{subject}");
            browser.clickAndWait("template:preview");
            assertTrue(browser.pageSource().contains("[#{number}] を残してください"), "the tag cannot be dropped");

            browser.type("template:subject", "[#{number}] " + marker + ": {subject}");
            browser.clickAndWait("template:preview");
            assertEquals("[#2026-000123] " + marker + ": 台帳画面で検索結果が表示されない", browser.text("preview-subject"));
            browser.clickAndWait("template:save");
            assertTrue(browser.pageSource().contains("文面を保存しました。"));

            String email = "yamada-" + UUID.randomUUID().toString().substring(0, 8) + "@city.example.lg.jp";
            Api api = new Api(base);
            assertEquals(201, api.post("api/v1/tickets", null, """
                    {"type":"inquiry","subject":"図面が印刷できない","description":"A3で印刷すると切れます。",
                     "requester":{"name":"山田 一郎","email":"%s"}}""".formatted(email)).status());
            assertEquals(200, api.post("api/v1/admin/mail/outbox/send", "admin:demo", "{}").status());
            String subject = TestMail.inbox(email).get(0).subject();
            assertTrue(subject.contains(marker + ": 図面が印刷できない"), subject);
        } finally {
            browser.open("/console/admin/mail-templates");
            browser.clickAndWait("template:reset");
        }
        assertFalse(browser.pageSource().contains(marker), "the shipped text applies again");
    }
}
