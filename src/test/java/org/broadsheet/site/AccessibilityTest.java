package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.broadsheet.cli.InlineSite;
import org.broadsheet.search.HeadlessChromium;
import org.broadsheet.search.StaticSiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (the WebJar, injected through Selenium into headless Chromium) finds no accessibility violation on
 * any kind of page of the golden site, in the light and in the dark colour scheme. Every axe rule runs.
 */
class AccessibilityTest {
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    /** One page of every kind the golden site has; the search page with a query, so results and marks show. */
    private static final List<String> PAGES = List.of(
            "index.html",
            "page/2.html",
            "articles/harbour.html",
            "articles/undated.html",
            "archive/index.html",
            "archive/2017/index.html",
            "archive/2017/11/index.html",
            "archive/undated/index.html",
            "tags/index.html",
            "tags/ports/index.html",
            "people/index.html",
            "people/niamh-kelly.html",
            "people/tom-walsh.html",
            "quotes/index.html",
            "places/index.html",
            "places/galway.html",
            "timeline/index.html",
            "timeline/2017/index.html",
            "data/index.html",
            "search/index.html?q=harbour",
            "404.html");

    @TempDir
    static Path dir;

    static StaticSiteServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path site = FixtureSite.copy("golden-basic", dir.resolve("site"));
        // without baseUrl, so the 404 page inlines its styles instead of linking to the published host
        Path yaml = site.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceAll("(?m)^baseUrl:.*\\n", ""));
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        server = new StaticSiteServer(site.resolve("site-output"), "/gazette/");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyKindOfPageHasNoViolationInEitherColourScheme() throws Exception {
        String axe;
        try (InputStream in = AccessibilityTest.class.getResourceAsStream(AXE)) {
            assertNotNull(in, "the axe-core WebJar is on the test classpath");
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> violations = new ArrayList<>();
        WebDriver driver = HeadlessChromium.start(Files.createDirectories(dir.resolve("profile")), true);
        try {
            for (String scheme : List.of("light", "dark")) {
                ((HasCdp) driver)
                        .executeCdpCommand(
                                "Emulation.setEmulatedMedia",
                                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                for (String page : PAGES) {
                    driver.get(server.url() + page);
                    if (page.startsWith("search/")) {
                        new WebDriverWait(driver, Duration.ofSeconds(10))
                                .ignoring(RuntimeException.class)
                                .until(d -> !d.findElements(By.cssSelector("#search-results mark"))
                                        .isEmpty());
                    }
                    for (JsonNode v : run(driver, axe)) {
                        String line = scheme + " " + page + ": " + v.get("id").asText() + " ("
                                + v.get("impact").asText() + ") "
                                + v.get("help").asText() + " at " + v.get("targets");
                        violations.add(line);
                    }
                }
            }
        } finally {
            driver.quit();
        }
        if (!violations.isEmpty()) {
            fail(violations.size() + " axe violation(s):\n" + String.join("\n", violations));
        }
    }

    /** Runs axe on the page: its violations, each with the CSS targets of its nodes and whether all lie in a map. */
    private static JsonNode run(WebDriver driver, String axe) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(r => done(JSON.stringify(r.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help,
                  targets: v.nodes.map(n => n.target.join(' '))
                }))))).catch(e => done('axe failed: ' + e));
                """);
        String json = String.valueOf(result);
        if (json.startsWith("axe failed")) {
            fail(driver.getCurrentUrl() + ": " + json);
        }
        return new ObjectMapper().readTree(json);
    }
}
