package org.madoguchi.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.madoguchi.support.DemoAccounts;
import org.madoguchi.support.Tickets;
import org.madoguchi.support.WarInBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's history search in Chromium against the built WAR: Japanese text, filters, links that keep a search,
 * paging, recurring issues folded, and the synonyms and user dictionary that administrators edit.
 */
class HistorySearchBrowserIT extends WarInBrowser {

    @Test
    void theHistorySearchShowsARecurringIssueAsOneRowWithItsCopies() {
        String subject = "下水台帳の縦断図が印刷できない " + UUID.randomUUID().toString().substring(0, 6);
        String description = "縦断図を印刷しようとすると、用紙の設定画面から先に進みません。";
        String answer = "印刷設定で用紙サイズをA3横にしてから、縦断図を開き直してください。";
        List<String> copies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            copies.add(Tickets.openAndAnswer(api, subject, description, answer));
        }
        String answeredOtherwise = Tickets.openAndAnswer(api, subject, description, "プリンタの再起動で解決しました。");

        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/search?q="
                + URLEncoder.encode(subject, StandardCharsets.UTF_8));
        var rows = browser.driver().findElements(By.cssSelector("#search-results > li"));
        var withSubject = rows.stream().filter(r -> r.getText().contains(subject)).toList();
        assertEquals(2, withSubject.size(), "four copies make one row, the other answer its own: " + withSubject.stream()
                .map(WebElement::getText).toList());
        var folded = withSubject.stream().filter(r -> !r.findElements(By.className("repeats")).isEmpty()).findFirst()
                .orElseThrow();
        assertTrue(folded.findElement(By.className("repeats")).getText().contains("ほかに 3 件"), folded.getText());
        assertFalse(folded.findElements(By.cssSelector(".meta .title mark")).isEmpty(),
                "the title's matching words are marked too");
        List<String> listed = new ArrayList<>(folded.findElements(By.cssSelector(".repeats a")).stream()
                .map(WebElement::getText).toList());
        listed.add(folded.findElement(By.className("result-link")).getText());
        assertEquals(new TreeSet<>(copies), new TreeSet<>(listed), "each copy is still reachable");
        assertFalse(folded.getText().contains(answeredOtherwise), "another answer is another row");
        assertTrue(Integer.parseInt(browser.text("search-total").replaceAll("\\D", "")) >= 5,
                "the count still counts every ticket: " + browser.text("search-total"));

        folded.findElement(By.cssSelector(".repeats a")).click();
        browser.waitForText(By.id("ticket-subject"), subject);
    }

    @Test
    void anAgentNarrowsTheSearchBySystemAndDaysAndIsToldWhenTheDaysAreBackwards() {
        String word = Tickets.madeUpWord("ヌカ");
        String gis = Tickets.openOn(api, "GIS", word + " が地図に出ない", word + " を選んでも地図に何も表示されません。");
        String other = Tickets.open(api, word + " を印刷したい", word + " の一覧を印刷する方法を教えてください。");
        LocalDate day = Instant.parse(api.get("api/v1/tickets/" + gis, DemoAccounts.OPERATOR).json()
                .getString("receivedAt")).atZone(ZoneId.of("Asia/Tokyo")).toLocalDate();

        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8) + "&system=GIS&from=" + day
                + "&to=" + day);
        assertEquals(List.of(gis), resultNumbers(), "a kept link narrows by system and days");
        assertEquals("GIS", new Select(browser.byId("search:system")).getFirstSelectedOption().getAttribute("value"));
        assertEquals(day.toString(), browser.byId("search:from_input").getAttribute("value"));

        new Select(browser.byId("search:system")).selectByIndex(0);
        browser.setValue("search:to_input", day.minusDays(1).toString());
        browser.clickAndWait("search:go");
        assertTrue(browser.text("search:to-error").contains("受付日（まで）は受付日（から）と同じ日かそれより後"),
                browser.text("search:to-error"));
        assertEquals(word, browser.byId("search:q").getAttribute("value"), "the query is kept");
        assertTrue(browser.driver().findElements(By.id("search-results")).isEmpty(), "no results for no period");

        browser.setValue("search:to_input", day.toString());
        browser.clickAndWait("search:go");
        assertEquals(new TreeSet<>(List.of(gis, other)), new TreeSet<>(resultNumbers()), "any system, that day");
        assertTrue(browser.url().contains("from=" + day) && browser.url().contains("to=" + day), browser.url());
        browser.open("/console/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8) + "&system=NO_SUCH_SYSTEM");
        assertEquals(new TreeSet<>(List.of(gis, other)), new TreeSet<>(resultNumbers()),
                "a system the menu does not offer filters nothing, as the menu shows");
        browser.setValue("search:from_input", day.plusDays(1).toString());
        browser.setValue("search:to_input", "");
        browser.clickAndWait("search:go");
        assertEquals("0", browser.text("search-total").replaceAll("\\D", ""), "nothing received after that day yet");
        assertTrue(browser.text("search-none").contains("絞り込みを外す"), "and the page says what to try");
    }

    private List<String> resultNumbers() {
        return browser.driver().findElements(By.cssSelector("#search-results .result-link")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void anAgentSearchesTheHistoryInJapanese() {
        Pages.signIn(browser, "operator", "demo");
        browser.open("/console/search");
        browser.type("search:q", "ﾊﾟｽﾜｰﾄﾞ 再発行");
        browser.clickAndWait("search:go");
        String results = browser.text("search-results");
        assertTrue(results.contains("パスワード"), "half-width kana finds full-width text: " + results);
        assertFalse(browser.driver().findElements(By.cssSelector("#search-results mark")).isEmpty(),
                "matching words are marked");
        String link = browser.url();
        assertTrue(link.contains("q="), "the search is a link: " + link);
        browser.find(By.cssSelector("#search-results .result-link")).click();
        browser.waitForText(By.id("ticket-subject"), "パスワード");

        browser.driver().get(link);
        assertEquals(results, browser.text("search-results"), "the kept link shows the same results");
        browser.driver().get(link + "&status=NO_SUCH_STATUS");
        assertEquals(results, browser.text("search-results"), "a filter value that names nothing filters nothing");
        assertEquals("ﾊﾟｽﾜｰﾄﾞ 再発行", browser.byId("search:q").getAttribute("value"));
        browser.driver().get(link + "&kind=article&type=INCIDENT");
        assertTrue(browser.text("search-results").contains("パスワード"),
                "a ticket's type does not empty a search of articles: " + browser.text("search-results"));
        new Select(browser.byId("search:type")).selectByValue("INQUIRY");
        browser.clickAndWait("search:go");
        assertFalse(browser.url().contains("type="), "nor does it go into the link: " + browser.url());
        assertTrue(browser.text("search-results").contains("パスワード"));

        String mail = "お世話になっております。" + "パスワードを再発行していただきたく、ご連絡いたしました。".repeat(20);
        browser.type("search:q", mail);
        browser.clickAndWait("search:go");
        assertTrue(browser.text("search-results").contains("パスワード"), "a pasted mail is searched as well");
        assertFalse(browser.url().contains("q="), "without putting the whole mail into the address");

        browser.open("/console/search?q=" + URLEncoder.encode("地図", StandardCharsets.UTF_8));
        int total = Integer.parseInt(browser.text("search-total").replaceAll("\\D", ""));
        assertTrue(total > 20, "more than one page: " + total);
        String firstPage = browser.text("search-results");
        assertEquals(20, browser.driver().findElements(By.cssSelector("#search-results > li")).size(),
                "folded copies do not leave the page short");
        browser.clickAndWait("results:next");
        assertEquals("21", browser.byId("search-results").getAttribute("start"));
        assertFalse(browser.text("search-results").equals(firstPage), "the next page shows other entries");
        browser.clickAndWait("results:previous");
        assertEquals(firstPage, browser.text("search-results"));
    }

    @Test
    void anAdministratorAddsASynonymAndTheNextSearchUsesIt() {
        Pages.signIn(browser, "lead", "demo");
        assertTrue(searchTotal("ポコペン").endsWith(": 0"), "no entry knows the word yet");

        browser.open("/console/admin/search");
        browser.until(d -> { // after any rebuild running: the poll replaces the status every second
            try {
                return d.findElement(By.id("index-census-verdict")).getText().contains("一致しています");
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return false;
            }
        });
        assertTrue(browser.text("index-census").contains("問合せ") && browser.text("index-census").contains("ナレッジ"),
                browser.text("index-census"));
        String shipped = browser.byId("synonyms:list").getAttribute("value");
        assertTrue(shipped.contains("マンホール,人孔"), "the list in force is shown");
        browser.setValue("synonyms:list", shipped + "\n管渠 => 管路 => 下水管\n");
        browser.clickAndWait("synonyms:save");
        String refused = browser.text("messages");
        assertTrue(refused.contains("行目") && refused.contains("管渠 => 管路 => 下水管"), refused);
        assertTrue(browser.text("synonyms-source").contains("標準"), "nothing was stored");

        browser.setValue("synonyms:list", shipped + "\nポコペン,人孔\n");
        browser.clickAndWait("synonyms:save");
        assertTrue(browser.text("messages").contains("保存しました"), browser.text("messages"));
        assertTrue(browser.text("synonyms-source").contains("管理者"));
        assertFalse(searchTotal("ポコペン").endsWith(": 0"), "found through 人孔 without reindexing");
        assertTrue(browser.text("search-results").contains("人孔"), browser.text("search-results"));

        browser.open("/console/admin/search");
        browser.clickAndWait("synonyms:reset");
        assertTrue(browser.text("messages").contains("戻しました"), browser.text("messages"));
        assertTrue(searchTotal("ポコペン").endsWith(": 0"), "the shipped list is back");
    }

    @Test
    void anAdministratorAddsAWordToTheUserDictionaryAndTheIndexIsCutWithIt() {
        String word = "管路管理課"; // a department name that Kuromoji cuts as 管路 / 管理 / 課
        Pages.signIn(browser, "lead", "demo");
        browser.open("/console/admin/search");
        String shipped = browser.byId("userdict:dictionary").getAttribute("value");
        assertTrue(shipped.contains("人孔,人孔,ジンコウ,カスタム名詞"), "the dictionary in force is shown");
        browser.setValue("userdict:dictionary", shipped + "\n" + word + ",管路 管理,カンロ カンリ,カスタム名詞\n");
        browser.clickAndWait("userdict:save");
        String refused = browser.text("messages");
        assertTrue(refused.contains("行目") && refused.contains("分割をつなげると表記と一致しません"), refused);
        assertTrue(browser.text("userdict-source").contains("標準"), "nothing was stored");

        browser.setValue("userdict:dictionary", shipped + "\n" + word + "," + word + ",カンロカンリカ,カスタム名詞\n");
        browser.clickAndWait("userdict:save");
        assertTrue(browser.text("messages").contains("保存しました"), browser.text("messages"));
        assertTrue(browser.text("userdict-source").contains("管理者"));
        awaitRebuild("ユーザー辞書の変更（lead）");
        // the Q&A search wants the inquiry's words in an entry: one word now, found only in text cut the new way
        browser.open("/faq?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        var marks = browser.driver().findElements(By.cssSelector("#results mark"));
        assertFalse(marks.isEmpty(), browser.text("result-count"));
        assertTrue(marks.stream().allMatch(mark -> mark.getText().equals(word)), "marked whole, never 管路 or 課 alone");

        browser.open("/console/admin/search");
        browser.clickAndWait("userdict:reset");
        assertTrue(browser.text("messages").contains("戻しました"), browser.text("messages"));
        assertTrue(browser.text("userdict-source").contains("標準"));
        awaitRebuild("ユーザー辞書を標準に戻した（lead）");
    }

    private void awaitRebuild(String reason) {
        browser.until(d -> { // the poll replaces the status every second
            try {
                String status = d.findElement(By.id("index-status")).getText();
                return status.contains(reason) && status.contains("完了");
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return false;
            }
        });
    }

    private String searchTotal(String words) {
        browser.open("/console/search");
        browser.type("search:q", words);
        browser.clickAndWait("search:go");
        return browser.text("search-total").strip();
    }
}
