package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.cli.InlineSite;
import org.broadsheet.site.BuildOptions;
import org.broadsheet.site.SiteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A site built by {@link SiteBuilder} with the real theme: a reader types into the header search box of
 * the front page, lands on the search page with results, and follows one to the article. No page
 * visited logs a console error.
 */
class BuiltSiteSearchBrowserTest {
    private static final String SITE = """
            -- site.yaml --
            title: Search Gazette
            language: en
            -- content/kirkuk.txt --
            ---
            title: Kirkuk votes in disputed referendum
            date: 2017-09-25
            slug: kirkuk-referendum
            ---
            Voters in Kirkuk queued from dawn, officials said.
            The vote in Kirkuk was described as a turning point.
            -- content/rawah.txt --
            ---
            title: Iraqi forces retake Rawa
            date: 2017-11-17
            slug: rawah-retaken
            ---
            Iraqi forces entered Rawa on Friday, the last town held by the militants.
            -- content/oil.txt --
            ---
            title: Oil exports resume
            date: 2018-03-02
            slug: oil-exports
            ---
            Pipeline exports from the northern fields restarted after months of dispute.
            -- content/kirkuk-notes.md --
            # Kirkuk notebook

            Notes from **Kirkuk**, with [a map](https://example.org/map) of the polling stations.
            """;

    @TempDir
    Path dir;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theHeaderSearchBoxLeadsToResultsAndAResultLeadsToTheArticle() throws Exception {
        Path site = InlineSite.write(dir.resolve("site"), SITE);
        new SiteBuilder(new BuildOptions(site, null, null, false, false)).build();
        Path out = site.resolve("site-output");
        assertTrue(Files.isRegularFile(out.resolve("search/meta.json")), "the build writes the search index");

        try (StaticSiteServer server = new StaticSiteServer(out, "/archive/")) {
            driver = SearchPageBrowserTest.chromium(Files.createDirectory(dir.resolve("profile")));
            driver.get(server.url() + "index.html");
            WebElement box = driver.findElement(By.cssSelector("header input[name=q]"));
            box.sendKeys("kirkuk", Keys.ENTER);
            waitFor(() -> driver.getCurrentUrl().startsWith(server.url() + "search/"));
            waitFor(() -> titles().contains("Kirkuk votes in disputed referendum") && titles().size() == 2);
            assertEquals(
                    "kirkuk",
                    driver.findElement(By.cssSelector("#search-app input[name=q]"))
                            .getAttribute("value"));
            assertEquals(
                    "kirkuk",
                    driver.findElement(By.cssSelector("header input[name=q]")).getAttribute("value"),
                    "the header box keeps the query on the results page");
            assertEquals(1, driver.findElements(By.cssSelector("[role=search]")).size(), "one search landmark");
            String snippets = driver.findElements(By.cssSelector("#search-results .search-snippet")).stream()
                    .map(WebElement::getText)
                    .reduce("", String::concat);
            assertTrue(snippets.contains("Notes from Kirkuk, with a map of the polling stations"), snippets);
            assertTrue(
                    !snippets.contains("**") && !snippets.contains("](") && !snippets.contains("# "),
                    "snippets show the text, not its Markdown: " + snippets);

            driver.findElement(By.cssSelector("#search-results a[href*=kirkuk-referendum]"))
                    .click();
            waitFor(() -> driver.getCurrentUrl().startsWith(server.url() + "articles/kirkuk-referendum.html"));
            assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Kirkuk votes in disputed referendum"));
            List<String> errors = new ArrayList<>();
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER).getAll()) {
                if (entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    errors.add(entry.getMessage());
                }
            }
            assertEquals(List.of(), errors);
        }
    }

    private List<String> titles() {
        return driver.findElements(By.cssSelector("#search-results .search-result-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(RuntimeException.class)
                .until(d -> condition.getAsBoolean());
    }
}
