package org.broadsheet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.broadsheet.cli.InlineSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links under content/ are followed, but a loop neither hangs the build nor duplicates articles. */
class SymlinkLoopTest {
    @TempDir
    Path site;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void loopIsReportedAndTheBuildFinishes() throws Exception {
        InlineSite.write(site, """
                -- content/news/vote.md --
                ---
                title: Parliament votes
                date: 2018-03-01
                ---
                Parliament voted on the budget on Thursday.
                """);
        link(site.resolve("content/news/again"), site.resolve("content"));

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(0, run.exit(), "a loop is a warning, not an error\n" + run.transcript());
        assertTrue(run.err().contains("content/news/again") && run.err().contains("loop"), run.transcript());
        assertTrue(run.out().contains("Built 1 article(s)"), "the article is found once\n" + run.transcript());
        assertTrue(Files.isRegularFile(site.resolve("site-output/articles/vote.html")));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void linkedFolderOutsideContentIsRead() throws Exception {
        InlineSite.write(site, """
                -- shared/wire.txt --
                Wire copy kept outside content/ and linked in.
                -- content/local.txt --
                A local article.
                """);
        link(site.resolve("content/wire"), site.resolve("shared"));

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(0, run.exit(), run.transcript());
        assertTrue(Files.isRegularFile(site.resolve("site-output/articles/wire.html")), run.transcript());
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }
    }
}
