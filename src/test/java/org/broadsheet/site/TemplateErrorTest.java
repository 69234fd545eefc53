package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.cli.InlineSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken site template is reported by file, line and column; every page that does not use it is built. */
class TemplateErrorTest {
    private static final String ARTICLE = """
            -- content/fire.md --
            ---
            title: Warehouse fire
            date: 2020-08-08
            ---
            Fire crews fought a blaze at a warehouse overnight.
            """;

    @TempDir
    Path site;

    @Test
    void badExpressionIsNamedByTemplateLineAndColumn() {
        InlineSite.write(site, ARTICLE + """
                -- templates/article.ftlh --
                <#import "/layouts/base.ftlh" as layout>
                <@layout.frame>
                <h1>${article.title}</h1>
                <p>${article.noSuchField.deeper}</p>
                </@layout.frame>
                """);

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(1, run.exit(), run.transcript());
        assertTrue(
                run.err().lines().anyMatch(l -> l.startsWith("error: templates/article.ftlh:4:")),
                "names the site template and line 4\n" + run.transcript());
        assertTrue(run.err().contains("templates/article.ftlh:4:6"), "and the column\n" + run.transcript());
        assertTrue(Files.isRegularFile(site.resolve("site-output/index.html")), "other pages are built");
        assertTrue(InlineSite.read(site.resolve("site-output/index.html")).contains("Warehouse fire"));
    }

    @Test
    void missingValueMessageSaysWhatIsMissing() {
        InlineSite.write(site, ARTICLE + """
                -- templates/article.ftlh --
                <#import "/layouts/base.ftlh" as layout>
                <@layout.frame>
                <p>${article.noSuchField.deeper}</p>
                </@layout.frame>
                """);

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(1, run.exit(), run.transcript());
        assertTrue(
                run.err()
                        .lines()
                        .anyMatch(l ->
                                l.startsWith("error: templates/article.ftlh:3:") && l.contains("article.noSuchField")),
                "the one-line message names the missing expression\n" + run.transcript());
    }

    @Test
    void syntaxErrorIsNamedByTemplateLineAndColumn() {
        InlineSite.write(site, ARTICLE + """
                -- templates/article.ftlh --
                <#import "/layouts/base.ftlh" as layout>
                <@layout.frame>
                <#if article.title>
                <h1>${article.title</h1>
                </@layout.frame>
                """);

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(1, run.exit(), run.transcript());
        assertTrue(
                run.err()
                        .lines()
                        .anyMatch(l -> l.startsWith("error: templates/article.ftlh:")
                                && l.matches("error: templates/article\\.ftlh:\\d+:\\d+: .*")),
                run.transcript());
        assertTrue(
                Files.isRegularFile(site.resolve("site-output/archive/2020/08/index.html")), "other pages are built");
    }

    @Test
    void aBrokenLayoutEveryPageUsesIsOneLine() throws Exception {
        String layout = new String(
                getClass().getResourceAsStream("/theme/layouts/base.ftlh").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String lines = layout.substring(0, layout.indexOf("<body>"));
        int line = (int) lines.chars().filter(c -> c == '\n').count() + 1;
        InlineSite.write(
                site,
                ARTICLE + "-- templates/layouts/base.ftlh --\n"
                        + layout.replace("<body>", "<body>${site.noSuchSetting}"));

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(1, run.exit(), run.transcript());
        java.util.List<String> errors =
                run.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), "one line for one fault, however many pages it breaks\n" + run.transcript());
        assertTrue(errors.get(0).startsWith("error: templates/layouts/base.ftlh:" + line + ":9: "), errors.get(0));
    }
}
