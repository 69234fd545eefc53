package org.broadsheet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.cli.InlineSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB plain-text article (a transcript, a dump of wire copy) is built like any other, in the
 * test JVM's normal heap. The time is printed, not asserted: timing goals are reported from measurements.
 */
@Tag("slow")
class LargeArticleTest {
    private static final String[] PARAGRAPHS = {
        "Interior Minister Karim Haddad said on Tuesday that the government would \u201cnot stand by\u201d while "
                + "floods cut off villages along the river, and promised emergency funds by the end of the month.",
        "Rescue teams reached Al-Qaim late on Wednesday, three days after the water first rose, according to "
                + "the regional health office, which said 14 people had been taken to hospital in Baghdad.",
        "\u201cWe have lost everything,\u201d said Samira Nouri, a farmer from a village near Rawa. \u201cThe "
                + "water came at night and by the morning the fields were gone.\u201d",
        "The United Nations said last week that more than 20,000 people had been displaced across the province "
                + "since November 17, and warned that the rainy season could last until March.",
        "Officials in Amman and Damascus said they were ready to help, but no convoy had crossed the border by "
                + "Friday evening, two aid workers told reporters on condition of anonymity.",
    };

    @TempDir
    Path site;

    @Test
    void fiftyMegabyteArticleIsBuilt() throws Exception {
        Path file = site.resolve("content/flood-transcript.txt");
        Files.createDirectories(file.getParent());
        long target = 50L * 1024 * 1024;
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; written < target; i++) {
                String paragraph = "[" + i + "] " + PARAGRAPHS[i % PARAGRAPHS.length] + "\n";
                w.write(paragraph);
                written += paragraph.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        InlineSite.write(site, """
                -- content/short.md --
                ---
                title: Short note
                date: 2021-01-05
                ---
                A short article beside the long one.
                """);

        long started = System.nanoTime();
        InlineSite.Run run = InlineSite.build(site);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "LargeArticleTest: %d MB article built in %d ms (heap max %d MB, used after %d MB)%n",
                Files.size(file) / (1024 * 1024),
                millis,
                rt.maxMemory() / (1024 * 1024),
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));

        assertEquals(0, run.exit(), run.transcript());
        assertTrue(run.out().contains("Built 2 article(s)"), run.transcript());
        Path page = site.resolve("site-output/articles/flood-transcript.html");
        assertTrue(Files.size(page) > target, "the whole text is on the page");
        assertTrue(Files.isRegularFile(site.resolve("site-output/articles/short.html")));
    }
}
