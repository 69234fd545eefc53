package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in headless Chromium, served under a sub-path by a plain static server: type a query,
 * see ranked results with marked snippets and facet counts, narrow by a facet, follow a result.
 * Every page visited must log no console error.
 */
class SearchPageBrowserTest {
    static final List<SearchDocument> ARTICLES = withTruceReports(List.of(
            new SearchDocument(
                    "articles/kirkuk-referendum/",
                    "Kirkuk votes in disputed referendum",
                    "2017-09-25",
                    "",
                    "Voters in Kirkuk queued from dawn. Officials in Erbil said turnout in Kirkuk was high, "
                            + "and Kurdish leader Masoud Barzani called the vote in Kirkuk a turning point.",
                    List.of("Masoud Barzani"),
                    List.of("Kirkuk", "Erbil")),
            new SearchDocument(
                    "articles/rawah-retaken/",
                    "Iraqi forces retake Rawa",
                    "2017-11-17",
                    "",
                    "Iraqi forces entered Rawa on Friday, the last town in the country held by the militants. "
                            + "Prime Minister Haider al-Abadi congratulated the troops.",
                    List.of("Haider al-Abadi"),
                    List.of("Rawah"),
                    List.of("Rawa")),
            new SearchDocument(
                    "articles/oil-exports/",
                    "Oil exports from Kirkuk resume",
                    "2018-03-02",
                    "",
                    "Pipeline exports restarted after months of dispute over revenue from the northern fields.",
                    List.of(),
                    List.of("Kirkuk")),
            new SearchDocument(
                    "articles/elections-may/",
                    "Parliamentary elections set for May",
                    "2018-01-20",
                    "",
                    "The cabinet fixed the date of the parliamentary elections, and Haider al-Abadi said "
                            + "the parliament would not delay them.",
                    List.of("Haider al-Abadi"),
                    List.of("Baghdad")),
            new SearchDocument(
                    "articles/zurich-cafe/",
                    "A café in Zürich hosts exiled writers",
                    "2016-06-04",
                    "",
                    "Writers from Iraq meet every Thursday in a small café near the Zürich lake.",
                    List.of(),
                    List.of("Zürich")),
            new SearchDocument(
                    "articles/sources-note/",
                    "A note on our sources",
                    null,
                    "",
                    "Our reporters in the north, including Kirkuk, rely on local stringers whose names we withhold.",
                    List.of(),
                    List.of())));

    /** Eleven short reports on one subject, so a query has more results than one page shows. */
    private static List<SearchDocument> withTruceReports(List<SearchDocument> articles) {
        List<SearchDocument> all = new ArrayList<>(articles);
        for (int day = 1; day <= 11; day++) {
            all.add(new SearchDocument(
                    "articles/truce-day-" + day + "/",
                    "Truce holds on day " + day,
                    String.format("2019-05-%02d", day),
                    "",
                    "Negotiators said the truce held for a day, number " + day + ".",
                    List.of(),
                    List.of()));
        }
        return List.copyOf(all);
    }

    @TempDir
    static Path site;

    @TempDir
    static Path profile;

    static StaticSiteServer server;
    WebDriver driver;

    @BeforeAll
    static void serveFixture() throws IOException {
        SearchFixtureSite.write(site, ARTICLES);
        server = new StaticSiteServer(site, "/archive/");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Headless Chromium with the driver found on PATH: nothing is downloaded. */
    static WebDriver chromium(Path profile) throws IOException {
        return chromium(profile, true);
    }

    static WebDriver chromium(Path profile, boolean javascript) throws IOException {
        return HeadlessChromium.start(profile, javascript);
    }

    @Test
    void typingAQueryShowsRankedResultsWithFacetsAndLeadsToTheArticle() throws IOException {
        driver = chromium(profile);
        driver.get(server.url() + "search/");
        WebElement input = driver.findElement(By.name("q"));
        waitFor(() -> driver.findElement(By.id("search-status")).getText().isEmpty());

        type(input, "kirkuk");
        waitFor(() -> status().startsWith("3 articles match"));
        List<String> titles = resultTitles();
        assertEquals("Kirkuk votes in disputed referendum", titles.get(0), "most mentions rank first: " + titles);
        assertEquals(
                Set.of(
                        "Kirkuk votes in disputed referendum",
                        "Oil exports from Kirkuk resume",
                        "A note on our sources"),
                Set.copyOf(titles));
        waitFor(() -> !facetCounts("Year").isEmpty());
        assertEquals(Map.of("2018", 1, "2017", 1, "Undated", 1), facetCounts("Year"));
        assertEquals(Map.of("Kirkuk", 2, "Erbil", 1), facetCounts("Place"));
        assertEquals(Map.of("Masoud Barzani", 1), facetCounts("Person"));
        assertTrue(marks().contains("Kirkuk"), "matched words are marked: " + marks());

        facetButton("Year", "2018").click();
        waitFor(() -> status().startsWith("1 article matches"));
        assertEquals(List.of("Oil exports from Kirkuk resume"), resultTitles());
        facetButton("Year", "2018").click();
        waitFor(() -> status().startsWith("3 articles match"));
        facetButton("Place", "Erbil").click();
        waitFor(() -> resultTitles().equals(List.of("Kirkuk votes in disputed referendum")));

        driver.findElement(By.cssSelector("#search-results a")).click();
        waitFor(() -> driver.getCurrentUrl().equals(server.url() + "articles/kirkuk-referendum/index.html"));
        assertEquals(
                "Kirkuk votes in disputed referendum",
                driver.findElement(By.tagName("h1")).getText());
        assertNoConsoleErrors();
    }

    @Test
    void stemmingPrefixesDiacriticsAndGazetteerAlternatesAllFind() throws IOException {
        driver = chromium(profile);
        driver.get(server.url() + "search/?q=R%C4%81wah");
        waitFor(() -> resultTitles().equals(List.of("Iraqi forces retake Rawa")));
        assertEquals("Rāwah", driver.findElement(By.name("q")).getAttribute("value"));

        WebElement input = driver.findElement(By.name("q"));
        type(input, "ZURICH cafes");
        waitFor(() -> resultTitles().equals(List.of("A café in Zürich hosts exiled writers")));
        type(input, "election parliam");
        waitFor(() -> resultTitles().equals(List.of("Parliamentary elections set for May")));
        assertTrue(marks().containsAll(List.of("elections", "parliament")), "stems and prefix marked: " + marks());
        type(input, "the of");
        waitFor(() -> resultTitles().isEmpty() && status().isEmpty());
        type(input, "qwertyuiop");
        waitFor(() -> status().startsWith("No articles match"));
        assertTrue(driver.getCurrentUrl().endsWith("/archive/search/?q=qwertyuiop"), driver.getCurrentUrl());
        assertNoConsoleErrors();
    }

    @Test
    void moreResultsThanOnePageAreShownOnRequest() throws IOException {
        driver = chromium(profile);
        driver.get(server.url() + "search/?q=truce");
        waitFor(() -> status().startsWith("11 articles match"));
        assertEquals(10, resultTitles().size());
        assertEquals("Truce holds on day 11", resultTitles().get(0), "equal scores: newest first");
        WebElement more = driver.findElement(By.id("search-more"));
        assertTrue(more.isDisplayed());
        more.click();
        waitFor(() -> resultTitles().size() == 11);
        assertTrue(!more.isDisplayed());
        assertNoConsoleErrors();
    }

    @Test
    void theBrowserFoldsAndStemsEveryWordExactlyAsTheIndexWriter() throws IOException {
        driver = chromium(profile);
        driver.get(server.url() + "search/");
        Set<String> words = new LinkedHashSet<>(List.of(
                "Kïrkuk",
                "İstanbul",
                "naïve",
                "œuvre",
                "Łódź",
                "Straße",
                "don't",
                "Iraq’s",
                "2017",
                "yellowing",
                "happiness",
                "generalizations",
                "conditional",
                "agreed",
                "hopping",
                "sky",
                "ponies",
                "relational",
                "electrical",
                "cafe\u0301",
                "ﬁnance",
                "THE"));
        for (SearchDocument article : ARTICLES) {
            for (String text : List.of(article.title(), article.text())) {
                for (String word : text.split("[^\\p{L}\\p{N}'’]+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
        }
        List<String> list = new ArrayList<>(words);
        @SuppressWarnings("unchecked")
        List<Object> browser = (List<Object>) ((JavascriptExecutor) driver)
                .executeScript(
                        "var stop = new Set(arguments[1]);"
                                + "return arguments[0].map(function (w) { return BroadsheetSearch.term(w, stop, arguments[2]) || ''; });",
                        list,
                        SearchTokenizer.STOP_WORDS,
                        SearchTokenizer.MAX_WORD_LENGTH);
        Map<String, String> mismatches = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String java = SearchTokenizer.term(list.get(i));
            String js = String.valueOf(browser.get(i));
            if (!js.equals(java == null ? "" : java)) {
                mismatches.put(list.get(i), "java=" + java + " js=" + js);
            }
        }
        assertEquals(Map.of(), mismatches);
        for (SearchDocument article : ARTICLES) {
            Object terms = ((JavascriptExecutor) driver)
                    .executeScript(
                            "var stop = new Set(arguments[1]);"
                                    + "return BroadsheetSearch.words(arguments[0]).map(function (w) { return BroadsheetSearch.term(w.word, stop, 40) })"
                                    + ".filter(function (t) { return t !== null });",
                            article.text(),
                            SearchTokenizer.STOP_WORDS);
            assertEquals(SearchTokenizer.terms(article.text()), terms);
        }
    }

    @Test
    void withJavaScriptOffTheSearchPageSaysWhatToDoInstead() throws IOException {
        driver = chromium(profile, false);
        driver.get(server.url() + "search/?q=kirkuk");
        String message = driver.findElement(By.cssSelector("#search-app")).getText();
        assertTrue(message.contains("Search runs in the browser and needs JavaScript"), message);
        assertEquals(
                server.url() + "archive/index.html",
                driver.findElement(By.linkText("by date")).getAttribute("href"));
        assertEquals(List.of(), resultTitles());
    }

    @Test
    void openedFromDiskThePageSaysSearchNeedsAServer() throws IOException {
        driver = chromium(profile);
        driver.get(site.resolve("search/index.html").toUri().toString());
        waitFor(() -> status().contains("Search needs the site to be served"));
        assertTrue(status().contains("broadsheet serve"), status());
        assertNoConsoleErrors();
    }

    private void type(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    private String status() {
        return driver.findElement(By.id("search-status")).getText();
    }

    private List<String> resultTitles() {
        return driver.findElements(By.cssSelector("#search-results .search-result-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private List<String> marks() {
        return driver.findElements(By.cssSelector("#search-results mark")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private Map<String, Integer> facetCounts(String facet) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (WebElement section : driver.findElements(By.cssSelector("#search-facets .search-facet"))) {
            if (section.findElement(By.tagName("h2")).getText().equals(facet)) {
                for (WebElement button : section.findElements(By.tagName("button"))) {
                    counts.put(
                            button.findElement(By.className("search-facet-name"))
                                    .getText(),
                            Integer.parseInt(button.findElement(By.className("search-facet-count"))
                                    .getText()));
                }
            }
        }
        return counts;
    }

    private WebElement facetButton(String facet, String value) {
        waitFor(() -> facetCounts(facet).containsKey(value));
        return driver.findElements(By.cssSelector("#search-facets .search-facet")).stream()
                .filter(section ->
                        section.findElement(By.tagName("h2")).getText().equals(facet))
                .flatMap(section -> section.findElements(By.tagName("button")).stream())
                .filter(button -> button.findElement(By.className("search-facet-name"))
                        .getText()
                        .equals(value))
                .findFirst()
                .orElseThrow();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(RuntimeException.class)
                .until(d -> condition.getAsBoolean());
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .collect(Collectors.toList());
        assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList());
    }
}
