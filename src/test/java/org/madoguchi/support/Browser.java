package org.madoguchi.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its chromedriver, headless, with a fresh profile: nothing is downloaded.
 * Waits are conditions (an element appears, the URL changes), never fixed sleeps.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    private final WebDriverWait wait;
    private final Path profile;
    private final Path downloads;

    public Browser(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        try {
            profile = Files.createTempDirectory("chromium-profile");
            downloads = Files.createDirectories(profile.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1000", "--lang=ja", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeDriver chromium = new ChromeDriver(service, options);
        // headless, a file a page sends is saved only where the browser is told to save it
        chromium.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        this.driver = chromium;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement byId(String id) {
        return find(By.id(id));
    }

    public void type(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Sets an input's value as a paste would, past the page's scripts that handle each key (a date picker keeps what
     * was typed into it; a long list would take thousands of key events).
     */
    public void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", byId(id), value);
    }

    /** Clicks what sends a file and waits until the file has arrived whole (Chromium renames it when it has). */
    public Path download(String id, String fileName) {
        Path file = downloads.resolve(fileName);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byId(id).click();
        wait.until(d -> Files.isRegularFile(file));
        return file;
    }

    /** Clicks and waits for the page the click leads to (the old page's body goes stale). */
    public void clickAndWait(String id) {
        clickAndWait(By.id(id));
    }

    public void clickAndWait(By by) {
        WebElement body = driver.findElement(By.tagName("body"));
        find(by).click();
        wait.until(d -> isGone(body));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState")));
    }

    /**
     * True once the element's page has been replaced. Chromium reports an element of a discarded page either as
     * stale or as "does not belong to the document"; both mean the same here.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            if (isOfADiscardedPage(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean isOfADiscardedPage(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** Waits until the element holds the text; an element found on a page that is being replaced is looked up anew. */
    public void waitForText(By by, String text) {
        wait.until(new ExpectedCondition<Boolean>() {
            @Override
            public Boolean apply(WebDriver d) {
                try {
                    return d.findElement(by).getText().contains(text);
                } catch (NoSuchElementException e) {
                    return false;
                } catch (WebDriverException e) {
                    if (isOfADiscardedPage(e)) {
                        return false;
                    }
                    throw e;
                }
            }

            @Override
            public String toString() {
                return "text '" + text + "' in " + by;
            }
        });
    }

    /** Waits for something an ajax update or a script brings about. */
    public <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    public String text(String id) {
        return byId(id).getText();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Keeps a picture of the page in target/screenshots for whoever reads a failure. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        deleteProfile();
    }

    /** Each run makes a new profile of a few MB: removed once Chromium has quit, so test runs do not pile them up. */
    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a profile left behind only costs disk space in target/
        }
    }
}
