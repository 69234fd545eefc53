package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.broadsheet.cli.InlineSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every relative link and resource in every page points at a file that exists in the output folder,
 * so the site works from file:// (where a folder link does not open its index.html) and under any sub-path.
 */
class SiteLinksTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyRelativeLinkResolvesToAFile(boolean withBaseUrl) throws Exception {
        Path site = FixtureSite.copy("validity", dir.resolve("site"));
        if (!withBaseUrl) {
            Files.writeString(
                    site.resolve("site.yaml"),
                    InlineSite.read(site.resolve("site.yaml")).replaceAll("(?m)^baseUrl:.*$", ""));
        }
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        Path out = site.resolve("site-output");

        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : InlineSite.htmlPages(out)) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("[href], [src]")) {
                String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                URI uri = URI.create(link.replace(" ", "%20"));
                if (uri.isAbsolute() || link.startsWith("#") || link.startsWith("//")) {
                    continue;
                }
                checked++;
                Path target = page.getParent()
                        .resolve(uri.getPath().isEmpty() ? page.getFileName().toString() : uri.getPath())
                        .normalize();
                if (!target.startsWith(out)) {
                    broken.add(out.relativize(page) + ": " + link + " leaves the site");
                } else if (!Files.isRegularFile(target)) {
                    broken.add(out.relativize(page) + ": " + link + " -> " + out.relativize(target)
                            + (Files.isDirectory(target)
                                    ? " is a folder (does not open from file://)"
                                    : " does not exist"));
                }
            }
        }
        assertTrue(checked > 300, "links were checked: " + checked);
        assertTrue(broken.isEmpty(), broken.size() + " broken link(s), by target:\n" + summary(broken));
    }

    /** One line per distinct problem with a count, so a broken navigation entry does not print 30 times. */
    private static String summary(List<String> broken) {
        TreeSet<String> targets = new TreeSet<>();
        for (String b : broken) {
            targets.add(b.substring(b.indexOf(": ") + 2).replaceAll("^(\\.\\./)+", ""));
        }
        StringBuilder s = new StringBuilder();
        for (String t : targets) {
            long n = broken.stream()
                    .filter(b -> b.substring(b.indexOf(": ") + 2)
                            .replaceAll("^(\\.\\./)+", "")
                            .equals(t))
                    .count();
            String first = broken.stream()
                    .filter(b -> b.substring(b.indexOf(": ") + 2)
                            .replaceAll("^(\\.\\./)+", "")
                            .equals(t))
                    .findFirst()
                    .orElse("");
            s.append(n).append("x ").append(first).append('\n');
        }
        return s.toString();
    }
}
