package org.broadsheet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.broadsheet.site.BuildOptions;
import org.broadsheet.site.BuildReport;
import org.broadsheet.site.SiteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * axe-core on the pages with maps and charts (a place, the places index, an article with a map,
 * the timeline and a year of it), opened from disk in headless Chromium, in the light and the dark
 * colour scheme: no violations, with every rule axe runs by default.
 */
class MapAccessibilityTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> PAGES = List.of(
            "places/galway.html",
            "places/index.html",
            "articles/harbour.html",
            "timeline/index.html",
            "timeline/2017/index.html");

    @TempDir
    static Path tmp;

    static Path out;
    static ChromeDriver driver;
    static String axe;

    @BeforeAll
    static void buildAndStart() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        Assumptions.assumeTrue(
                ci || Files.isExecutable(CHROMEDRIVER),
                "skipped: " + CHROMEDRIVER
                        + " is missing (apt-get install chromium chromium-driver); in CI this test must run");
        Path site = copy(Path.of("src/test/resources/sites/golden-basic"), tmp.resolve("site"));
        out = tmp.resolve("out");
        BuildReport report = new SiteBuilder(new BuildOptions(site, out, null, false, false)).build();
        Assumptions.assumeFalse(report.hasErrors(), () -> report.problems().toString());
        try (InputStream in = MapAccessibilityTest.class.getResourceAsStream(
                "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1200,900",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void mapAndTimelinePagesHaveNoViolationsInTheLightScheme() {
        assertEquals(List.of(), violations("light"));
    }

    @Test
    void mapAndTimelinePagesHaveNoViolationsInTheDarkScheme() {
        assertEquals(List.of(), violations("dark"));
    }

    private static List<String> violations(String scheme) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        List<String> found = new ArrayList<>();
        for (String page : PAGES) {
            driver.get(out.resolve(page).toUri().toString());
            JavascriptExecutor js = driver;
            js.executeScript(axe);
            Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "axe.run(document).then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '"
                    + " + v.nodes.map(n => n.target.join(' ')).join(', '))), e => done(['axe failed: ' + e]));");
            for (Object violation : (List<?>) result) {
                found.add(scheme + " " + page + ": " + violation);
            }
        }
        return found;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
