package org.madoguchi.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.madoguchi.support.Api;
import org.madoguchi.support.WarInBrowser;
import org.madoguchi.support.ZipFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The public Q&A site and the knowledge base's editorial flow, in Chromium against the built WAR. */
class KnowledgeBaseBrowserIT extends WarInBrowser {

    @Test
    void aVisitorSearchesInJapaneseWithSuggestionsAndOpensAnEntry() {
        browser.open("/");
        assertFalse(browser.driver().findElements(By.cssSelector("#categories .category-link")).isEmpty());
        assertFalse(browser.driver().findElements(By.cssSelector("#most-used a")).isEmpty());
        browser.type("q", "パスワードを忘れ");
        WebElement suggestion = browser.find(By.cssSelector("#q-suggestions [role=option] a"));
        assertTrue(suggestion.getText().contains("パスワード"), suggestion.getText());
        assertEquals("true", browser.byId("q").getAttribute("aria-expanded"));

        browser.clickAndWait("search-submit");
        assertTrue(browser.url().contains("/faq?q="), browser.url());
        assertTrue(browser.text("result-count").contains("件"), browser.text("result-count"));
        WebElement first = browser.find(By.cssSelector("#results .result-title a"));
        assertFalse(browser.driver().findElements(By.cssSelector("#results mark")).isEmpty(), "matches are marked");
        String title = first.getText();
        browser.clickAndWait(By.cssSelector("#results .result-title a"));
        assertTrue(browser.url().contains("/faq/account-password-forgotten"), browser.url());
        assertEquals(title, browser.text("entry-title").replace("Q. ", "").replace("Q.", "").strip());
        assertTrue(browser.driver().getTitle().contains("パスワード"), browser.driver().getTitle());
        String description = browser.driver().findElement(By.cssSelector("meta[name=description]")).getAttribute("content");
        assertFalse(description.isBlank());
    }

    @Test
    void theListFiltersByCategoryAndSystemAndAnEntrySwitchesToEnglish() {
        browser.open("/faq");
        new Select(browser.byId("category")).selectByValue("tablet");
        browser.clickAndWait("filter-apply");
        List<WebElement> entries = browser.driver().findElements(By.cssSelector("#entries li"));
        assertFalse(entries.isEmpty());
        entries.forEach(e -> assertTrue(e.getText().contains("タブレット同期"), e.getText()));
        new Select(browser.byId("system")).selectByValue("ACCOUNT");
        browser.clickAndWait("filter-apply");
        assertTrue(browser.byId("empty-list").isDisplayed(), "no tablet entry is about accounts");

        browser.open("/faq/account-password-forgotten");
        browser.clickAndWait("language-switch");
        assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.text("entry-title").toLowerCase().contains("password"), browser.text("entry-title"));
        assertEquals("Was this answer helpful?", browser.text("vote-heading"));
        browser.open("/faq/account-password-forgotten?lang=ja");
        assertTrue(browser.text("entry-title").contains("パスワード"));
    }

    @Test
    void anImageAttachedInTheEditorIsShownToAgentsButNotPublishedBeforeTheArticle() throws Exception {
        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/kb/edit");
        browser.type("editor:titleJa", "画面の見方 " + UUID.randomUUID().toString().substring(0, 6));
        browser.type("editor:bodyJa", "次の画面を参照してください。");
        browser.clickAndWait("editor:save");
        String slug = browser.text("article-slug");
        browser.clickAndWait("review:edit");
        Path png = Files.createTempFile("screen", ".png");
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", png.toFile());
        browser.byId("files:file").sendKeys(png.toAbsolutePath().toString());
        browser.clickAndWait("files:attach");
        String body = browser.byId("editor:bodyJa").getAttribute("value");
        assertTrue(body.contains("![" + png.getFileName() + "](/kb-files/"), body);
        browser.until(d -> d.findElement(By.cssSelector("#editor\\:previewJa img")));
        String src = browser.find(By.cssSelector("#editor\\:previewJa img")).getAttribute("src");
        assertEquals(200, browser.driver() instanceof JavascriptExecutor js
                ? ((Number) js.executeAsyncScript("fetch(arguments[0]).then(r => arguments[1](r.status))", src)).intValue() : 0,
                "the agent sees the image");
        browser.clickAndWait("editor:save");
        assertEquals(1, browser.driver().findElements(By.cssSelector("#body-ja img")).size());
        String path = new URL(src).getPath();
        assertEquals(404, api.send(api.request(path.substring(1), null).GET()).status(),
                "not public before the article is: " + slug);
    }

    @Test
    void everyVersionIsKeptComparedLineByLineAndAnOldOneRestored() {
        Pages.signIn(browser, "manager", "demo");
        browser.open("/console/kb/edit");
        String title = "版管理の確認 " + UUID.randomUUID().toString().substring(0, 6);
        browser.type("editor:titleJa", title);
        browser.type("editor:bodyJa", "手順1\n手順2");
        browser.type("editor:titleEn", "Versions check");
        browser.type("editor:bodyEn", "Step 1");
        browser.clickAndWait("editor:save");
        assertEquals("Versions check", browser.text("title-en"), "the English version is kept beside the Japanese one");
        browser.clickAndWait("review:edit");
        browser.type("editor:bodyJa", "手順1\n手順2（改）");
        browser.type("editor:note", "手順2を修正");
        browser.clickAndWait("editor:save");
        List<WebElement> versions = browser.driver().findElements(By.cssSelector("#versions tbody tr"));
        assertEquals(2, versions.size());
        assertTrue(versions.get(0).getText().contains("manager") && versions.get(0).getText().contains("手順2を修正"),
                versions.get(0).getText());
        assertEquals("手順2", browser.find(By.cssSelector("#diff .diff-REMOVED")).getText().replaceFirst("^- ", ""));
        assertEquals("手順2（改）", browser.find(By.cssSelector("#diff .diff-ADDED")).getText().replaceFirst("^\\+ ", ""));

        browser.clickAndWait(By.cssSelector("#versions tbody tr:last-child input[id$='restore']"));
        assertEquals(3, browser.driver().findElements(By.cssSelector("#versions tbody tr")).size());
        assertTrue(browser.text("body-ja").contains("手順2") && !browser.text("body-ja").contains("（改）"),
                browser.text("body-ja"));
    }

    @Test
    void onAPhoneThePagesFitTheScreenAndSuggestionsWorkFromTheKeyboard() {
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        for (String page : List.of("/", "/faq", "/faq/map-print-a3-pdf", "/inquiry/new")) {
            browser.open(page);
            Number overflow = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow.intValue() <= 0, page + " is wider than the screen by " + overflow);
        }
        browser.open("/");
        browser.type("q", "タブレット 同期");
        browser.find(By.cssSelector("#q-suggestions [role=option] a"));
        browser.byId("q").sendKeys(Keys.ARROW_DOWN);
        assertEquals("q-suggestions-0", browser.byId("q").getAttribute("aria-activedescendant"));
        String first = browser.find(By.cssSelector("#q-suggestions-0 a")).getAttribute("href");
        browser.byId("q").sendKeys(Keys.ENTER);
        browser.until(d -> !d.getCurrentUrl().endsWith("/index") && d.getCurrentUrl().equals(first));
    }

    @Test
    void aLeadImportsKbContentFromTheConsoleAndGetsTheReport() throws Exception {
        String id = "kb-ui-" + UUID.randomUUID().toString().substring(0, 8);
        String file = """
                ---
                id: %s
                kind: qa
                title: "下水道台帳の閲覧時間は？"
                category: ledger
                tags: [閲覧]
                visibility: public
                status: published
                version: 1
                updated: 2026-11-20
                lang: ja
                ---

                平日 8:30〜17:15 に閲覧できます。
                """.formatted(id);
        Path zip = Files.createTempFile("kb-content", ".zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("ja/" + id + ".md"));
            out.write(file.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Pages.signIn(browser, "lead", "demo");
        browser.open("/console/kb");
        Path exported = browser.download("export:download", "kb-content.zip");
        Set<String> names = ZipFiles.read(Files.newInputStream(exported)).keySet();
        assertTrue(names.contains("ja/account-unlock-admin-tool.md"), "the live articles go out: " + names);
        browser.byId("import:file").sendKeys(zip.toAbsolutePath().toString());
        browser.clickAndWait("import:upload");
        assertTrue(browser.text("import-report").contains("1 件作成"), browser.text("import-report"));
        assertEquals(200, api.send(api.request("api/v1/articles/" + id, null).GET()).status());
    }

    @Test
    void aSearchWithoutResultsExplainsWhatToDoAndLeadsToTheDesk() {
        browser.open("/faq?q=" + URLEncoder.encode("存在しない言葉ｘｙｚ", StandardCharsets.UTF_8));
        assertTrue(browser.byId("no-results").isDisplayed());
        browser.clickAndWait("ask-desk");
        assertEquals("存在しない言葉xyz", browser.byId("inquiry:subject").getAttribute("value").replace("ｘｙｚ", "xyz"));
    }

    @Test
    void aReaderSaysAnEntryHelpedAndLeavesAComment() {
        String slug = "ledger-search-by-id";
        long yesBefore = usage(slug, "helpfulYes");
        browser.open("/faq/" + slug);
        browser.byId("vote-yes").click();
        browser.find(By.id("vote-thanks"));
        assertEquals("よかった点があればお聞かせください（任意）", browser.text("comment-label"));
        browser.type("comment", "手順どおりで検索できました");
        browser.byId("send-comment").click();
        browser.find(By.id("comment-thanks"));
        assertFalse(browser.byId("vote").getText().contains("役に立ちましたか"), "one vote per page view");
        assertEquals(yesBefore + 1, usage(slug, "helpfulYes"), "one vote, counted once with its comment");

        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/kb/article?slug=" + slug);
        assertTrue(browser.text("feedback").contains("手順どおりで検索できました"), "the desk reads the comment");
        assertEquals("下水道台帳", browser.text("article-system"), "the system by its name, as on tickets");
        String thisMonth = YearMonth.now(ZoneId.of("Asia/Tokyo")).toString();
        assertTrue(browser.text("usage").contains(thisMonth), browser.text("usage"));
    }

    @Test
    void fromAnEntryToTheInquiryFormWithTheSearchTextCarriedOver() {
        String text = "帳票のCSVが文字化けする";
        browser.open("/faq?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        browser.clickAndWait(By.cssSelector("#results .result-title a"));
        browser.clickAndWait("to-inquiry");
        assertTrue(browser.url().contains("/inquiry/new"), browser.url());
        assertEquals(text, browser.byId("inquiry:subject").getAttribute("value"));
    }

    @Test
    void aRequesterWhoReadsASuggestionInsteadOfAskingCountsAsDeflected() {
        browser.open("/inquiry/new");
        browser.type("inquiry:description", "タブレットの同期ができません");
        WebElement suggestion = browser.find(By.cssSelector("#deflection-list [role=option] a"));
        String href = suggestion.getAttribute("href");
        assertTrue(href.contains("?from=inquiry"), href);
        String slug = href.substring(href.indexOf("/faq/") + 5, href.indexOf('?'));
        long before = usage(slug, "deflections");
        browser.clickAndWait(By.cssSelector("#deflection-list [role=option] a"));
        assertTrue(browser.url().contains("/faq/" + slug), browser.url());
        assertEquals(before + 1, usage(slug, "deflections"), "left the form for the answer");

        // ...but one who comes back and sends the inquiry after all was not deflected
        Pages.submitInquiry(browser, "同期できない " + UUID.randomUUID().toString().substring(0, 6),
                "回答を読みましたが解決しませんでした。", "清水 亮", "shimizu@city.example.lg.jp");
        assertEquals(before, usage(slug, "deflections"));
    }

    @Test
    void anAgentTurnsATicketIntoAQaTheCityApprovesItAndItAppearsOnTheSite() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String subject = "管路の布設年度で絞り込んで検索したい " + tag;
        String number = answeredTicket(subject, "台帳検索の詳細条件で「布設年度」に範囲を入れると絞り込めます。" + tag);

        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/ticket?n=" + number);
        browser.clickAndWait("create-qa");
        assertEquals(subject, browser.byId("editor:titleJa").getAttribute("value"));
        assertTrue(browser.byId("editor:bodyJa").getAttribute("value").contains("布設年度"));
        browser.find(By.id("editor:previewJa"));
        browser.until(d -> d.findElement(By.id("editor:previewJa")).getText().contains("布設年度"));
        browser.clickAndWait("editor:save");
        String slug = browser.text("article-slug");
        assertEquals("下書き", browser.text("article-status"));
        assertEquals(number, browser.text("article-source"));
        assertTrue(browser.driver().findElements(By.id("review:approve")).isEmpty(), "an operator does not approve");
        browser.clickAndWait("review:submit");
        assertEquals("レビュー中", browser.text("article-status"));
        assertTrue(browser.driver().findElements(By.id("review:approve")).isEmpty(),
                "a public article is not approved by the desk");
        Pages.signOut(browser);

        Pages.signIn(browser, "city", "demo");
        browser.open("/console/kb?status=in_review");
        browser.clickAndWait(By.linkText(subject));
        assertTrue(browser.driver().findElements(By.id("review:edit")).isEmpty(), "the city reviews, it does not edit");
        browser.clickAndWait("review:approve");
        assertEquals("承認済", browser.text("article-status"));
        assertEquals(404, api.send(api.request("faq/" + slug, null).header("Accept", "text/html").GET()).status(),
                "approved is not yet published");
        Pages.signOut(browser);

        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/kb/article?slug=" + slug);
        browser.clickAndWait("review:publish");
        assertEquals("公開中", browser.text("article-status"));
        Pages.signOut(browser);

        browser.open("/faq/" + slug);
        assertEquals(subject, browser.text("entry-title").replace("Q.", "").strip());
        browser.open("/faq?q=" + URLEncoder.encode("布設年度 絞り込み " + tag, StandardCharsets.UTF_8));
        assertTrue(browser.text("results").contains(subject), "found by the public search at once");
    }

    @Test
    void theTriagePanelOffersAKnowledgeBaseAnswerAndPutsItIntoTheReply() {
        String number = Pages.submitInquiry(browser, "タブレットで同期できません。E-2031が表示されます " + UUID.randomUUID().toString().substring(0, 6),
                "現場でタブレットの同期ボタンを押すと、E-2031が表示されて同期できません。", "松本 恵", "matsumoto@city.example.lg.jp");
        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/ticket?n=" + number);
        List<WebElement> candidates = browser.driver().findElements(By.cssSelector("#triage-candidates .candidate"));
        int index = -1;
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).getText().contains("tablet-sync-failed")) {
                index = i;
            }
        }
        assertTrue(index >= 0, "the knowledge-base answer is a candidate: " + browser.text("triage-candidates"));
        assertTrue(candidates.get(index).getText().contains("ナレッジ"), candidates.get(index).getText());
        browser.clickAndWait("triage:candidates:" + index + ":reuse");
        assertTrue(browser.text("triage-decided").contains("tablet-sync-failed"), browser.text("triage-decided"));
        assertTrue(browser.byId("actions:body").getAttribute("value").contains("E-2031"),
                "the article's answer is in the reply, for the agent to check and send");
        assertTrue(browser.find(By.cssSelector("#triage-decided a")).getAttribute("href")
                .endsWith("/console/kb/article?slug=tablet-sync-failed"));
    }

    @Test
    void markdownThatTriesToRunScriptIsShownHarmless() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String payload = "## 手順\n\n<script>window.pwned='" + marker + "'</script>\n\n<img src=x onerror=\"window.pwned='"
                + marker + "'\">\n\n[開く](javascript:window.pwned='" + marker + "')\n\n**太字** は表示される";
        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/kb/edit");
        browser.type("editor:titleJa", "XSSの確認 " + marker);
        browser.setValue("editor:bodyJa", payload);
        browser.byId("editor:bodyJa").sendKeys(" ");
        browser.until(d -> d.findElement(By.id("editor:previewJa")).getText().contains("太字"));
        assertNull(pwned(), "the preview ran nothing");
        assertTrue(browser.driver().findElements(By.cssSelector("#editor\\:previewJa script, #editor\\:previewJa img[onerror]"))
                .isEmpty());
        browser.clickAndWait("editor:save");
        assertTrue(browser.byId("body-ja").getText().contains("太字"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#body-ja strong")).size());
        assertTrue(browser.driver().findElements(By.cssSelector("#body-ja script, #body-ja [onerror], #body-ja a[href^=javascript]"))
                .isEmpty());
        assertNull(pwned(), "the saved article ran nothing");
    }

    @Test
    void anEmptyQuestionIsExplainedAndNothingIsSaved() {
        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/kb/edit");
        browser.type("editor:titleJa", "回答のない質問");
        browser.clickAndWait("editor:save");
        assertTrue(browser.url().contains("/console/kb/edit"), browser.url());
        assertEquals("入力してください。", browser.find(By.cssSelector("#editor .field-error")).getText());
        assertEquals("回答のない質問", browser.byId("editor:titleJa").getAttribute("value"));
    }

    Object pwned() {
        return ((JavascriptExecutor) browser.driver()).executeScript("return window.pwned;");
    }

    String answeredTicket(String subject, String answer) {
        Api.Reply opened = api.post("api/v1/tickets", null, """
                {"type":"inquiry","subject":"%s","description":"%s","requester":{"name":"中村 聡","email":"nakamura@city.example.lg.jp"},"system":"LEDGER"}"""
                .formatted(subject, subject + "。方法を教えてください。"));
        assertEquals(201, opened.status(), opened.raw().body());
        String number = opened.json().getString("number");
        Api.Reply answered = api.post("api/v1/tickets/" + number + "/messages", "operator:demo",
                "{\"body\":\"" + answer + "\",\"visibility\":\"public\",\"kind\":\"answer\"}");
        assertEquals(201, answered.status(), answered.raw().body());
        return number;
    }

    long usage(String slug, String field) {
        Api.Reply r = api.get("api/v1/admin/kb/usage?month=" + YearMonth.now(ZoneId.of("Asia/Tokyo")),
                "admin:demo");
        assertEquals(200, r.status(), r.raw().body());
        List<JsonObject> rows = r.parse().asJsonArray().stream().map(JsonObject.class::cast).toList();
        return rows.stream().filter(o -> o.getString("slug").equals(slug)).mapToLong(o -> o.getJsonNumber(field).longValue()).sum();
    }
}
