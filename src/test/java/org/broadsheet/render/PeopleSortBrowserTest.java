package org.broadsheet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.cli.InlineSite;
import org.broadsheet.search.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The people index, opened straight from disk, sorts by most recent quote and back by most quoted. */
class PeopleSortBrowserTest {
    private static final String SITE = """
            -- content/a.md --
            ---
            title: Old story
            date: 2019-01-10
            ---
            “One,” said engineer Tomas Berg. “Two,” said Mayor Ana Ruiz.
            -- content/b.md --
            ---
            title: Middle story
            date: 2019-02-10
            ---
            “Three,” said Mayor Ana Ruiz.
            -- content/c.md --
            ---
            title: New story
            date: 2019-03-10
            ---
            “Four,” said councillor Rita Osei.
            """;

    @TempDir
    Path site;

    private WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private List<String> names() {
        return driver.findElements(By.cssSelector("table.people-table tbody tr td:first-child a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void headersSortByMostRecentAndMostQuotedFromFile() throws IOException {
        InlineSite.write(site, SITE);
        assertEquals(0, InlineSite.build(site).exit());
        driver = HeadlessChromium.start(site, true);
        driver.get(site.resolve("site-output/people/index.html").toUri().toString());

        assertEquals(List.of("Ana Ruiz", "Rita Osei", "Tomas Berg"), names(), "published most quoted first");
        WebElement recent = driver.findElement(By.xpath("//th[contains(., 'Last quoted')]//button"));
        recent.click();
        assertEquals(List.of("Rita Osei", "Ana Ruiz", "Tomas Berg"), names(), "most recent first");
        assertEquals(
                "descending",
                driver.findElement(By.xpath("//th[contains(., 'Last quoted')]")).getAttribute("aria-sort"));
        WebElement quotes = driver.findElement(By.xpath("//th[contains(., 'Quotes')]//button"));
        quotes.click();
        assertEquals(List.of("Ana Ruiz", "Rita Osei", "Tomas Berg"), names(), "most quoted first again");
        quotes.click();
        assertEquals(List.of("Rita Osei", "Tomas Berg", "Ana Ruiz"), names(), "a second click reverses");
    }
}
