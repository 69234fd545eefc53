package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.broadsheet.cli.InlineSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two articles that want the same slug: the first in path order keeps it, the next gets -2, with a warning. */
class DuplicateSlugTest {
    private static final String SITE = """
            -- content/2019/storm.md --
            ---
            title: Storm in the north
            date: 2019-01-10
            ---
            The first storm of the year hit the north coast.
            -- content/2020/storm.txt --
            ---
            title: Storm in the south
            date: 2020-02-11
            ---
            A second storm reached the south a year later.
            -- content/2021/wind.md --
            ---
            title: Wind farm approved
            date: 2021-03-12
            slug: storm
            ---
            The council approved the wind farm.
            """;

    @TempDir
    Path dir;

    @Test
    void laterArticlesGetNumberedSlugsAndAWarningNamingBothFiles() {
        Path site = InlineSite.write(dir, SITE);

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(0, run.exit(), "a duplicate slug is a warning\n" + run.transcript());
        Path out = site.resolve("site-output/articles");
        assertTrue(InlineSite.read(out.resolve("storm.html")).contains("Storm in the north"));
        assertTrue(InlineSite.read(out.resolve("storm-2.html")).contains("Storm in the south"));
        assertTrue(InlineSite.read(out.resolve("storm-3.html")).contains("Wind farm approved"));
        assertTrue(
                run.err()
                        .lines()
                        .anyMatch(l -> l.startsWith("warning: content/2020/storm.txt")
                                && l.contains("content/2019/storm.md")
                                && l.contains("storm-2")),
                run.transcript());
        assertTrue(
                run.err()
                        .lines()
                        .anyMatch(l -> l.startsWith("warning: content/2021/wind.md")
                                && l.contains("content/2019/storm.md")
                                && l.contains("storm-3")),
                run.transcript());
    }

    @Test
    void numberingIsTheSameOnEveryBuild() {
        for (int i = 0; i < 3; i++) {
            Path site = InlineSite.write(dir.resolve("copy" + i), SITE);

            InlineSite.Run run = InlineSite.build(site);

            assertEquals(0, run.exit(), run.transcript());
            assertTrue(
                    InlineSite.read(site.resolve("site-output/articles/storm-2.html"))
                            .contains("Storm in the south"),
                    "build " + i);
        }
    }
}
