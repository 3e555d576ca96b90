package org.madoguchi.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.madoguchi.support.WarInBrowser;
import org.madoguchi.support.ZipFiles;
import org.openqa.selenium.support.ui.Select;

/** The monthly triage review in Chromium: a lead takes the desk's decisions away as an evaluation set. */
class TriageReviewBrowserIT extends WarInBrowser {

    @Test
    void aLeadDownloadsThePeriodsDecisionsAsAnEvaluationSet() throws IOException {
        Pages.signIn(browser, "lead", "demo");
        browser.open("/console/admin/triage");
        assertTrue(browser.text("eval-set-hint").contains("bin/triage-eval"), browser.text("eval-set-hint"));
        new Select(browser.byId("period:days")).selectByValue("0");
        browser.clickAndWait("period:show");
        int decided = Integer.parseInt(browser.text("review-decisions").replaceAll("^(\\d+).*", "$1"));

        Path zip = browser.download("period:eval-set", "madoguchi-triage-eval.zip");
        Map<String, String> files = ZipFiles.read(Files.newInputStream(zip));
        assertEquals(decided, files.get("queries.jsonl").lines().count(),
                "one query for each inquiry the review counts: its first decision");
        assertTrue(decided >= 50, "the demo's year of decisions: " + decided);
        assertTrue(files.get("corpus.jsonl").lines().anyMatch(l -> l.contains("\"kind\":\"article\"")));
        assertTrue(files.get("README.txt").contains("all time"), files.get("README.txt"));
        assertEquals("全期間", new Select(browser.byId("period:days")).getFirstSelectedOption().getText(),
                "the page stays as it was");
    }
}
