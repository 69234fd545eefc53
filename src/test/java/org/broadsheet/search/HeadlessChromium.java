package org.broadsheet.search;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium for the browser tests, with the chromedriver and Chromium found on {@code PATH} (then
 * /usr/bin), so nothing is downloaded. Where they are missing the tests are skipped, and one line on
 * standard error says so and why; with {@code CI=true} they are never skipped.
 */
public final class HeadlessChromium {
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private HeadlessChromium() {}

    /** The first executable of these names on PATH, else in /usr/bin. */
    static Optional<Path> find(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : names) {
            for (String dir : (path + File.pathSeparator + "/usr/bin").split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name));
                }
            }
        }
        return Optional.empty();
    }

    /** A new headless browser; skips the calling test (saying why, once) when there is none. */
    public static WebDriver start(Path profile, boolean javascript) throws IOException {
        Optional<Path> driver = find("chromedriver");
        Optional<Path> chromium = find("chromium", "chromium-browser", "google-chrome");
        boolean ci = "true".equals(System.getenv("CI"));
        if (!ci && (driver.isEmpty() || chromium.isEmpty())) {
            String why = "browser tests skipped: " + (driver.isEmpty() ? "chromedriver" : "chromium")
                    + " is not on PATH (Debian: apt-get install chromium chromium-driver)";
            if (TOLD.compareAndSet(false, true)) {
                System.err.println(why);
            }
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.orElse(Path.of("/usr/bin/chromium")).toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(profile, "chromium"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        driver.orElse(Path.of("/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
