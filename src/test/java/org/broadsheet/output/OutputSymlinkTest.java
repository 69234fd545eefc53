package org.broadsheet.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.broadsheet.cli.InlineSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A symbolic link inside the output folder that points elsewhere is never written through. */
class OutputSymlinkTest {
    @TempDir
    Path dir;

    @Test
    void linkedFolderInTheOutputIsNotWrittenThrough() throws Exception {
        Path site = InlineSite.write(dir.resolve("site"), """
                -- content/vote.md --
                ---
                title: Parliament votes
                date: 2018-03-01
                ---
                Parliament voted on the budget on Thursday.
                """);
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path out = Files.createDirectories(site.resolve("site-output"));
        try {
            Files.createSymbolicLink(out.resolve("articles"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }

        InlineSite.Run run = InlineSite.build(site);

        try (Stream<Path> s = Files.list(outside)) {
            assertEquals(0, s.count(), "nothing is created in the linked folder\n" + run.transcript());
        }
        assertEquals(1, run.exit(), run.transcript());
        assertTrue(run.err().contains("articles"), "the message names the link\n" + run.transcript());
    }

    @Test
    void staleFilesBehindALinkAreNotDeleted() throws Exception {
        Path site = InlineSite.write(dir.resolve("site"), """
                -- content/vote.md --
                ---
                title: Parliament votes
                ---
                Parliament voted on the budget on Thursday.
                -- content/budget.md --
                ---
                title: Budget passes
                ---
                The budget passed on Friday.
                """);
        Path out = site.resolve("site-output");
        assertEquals(0, InlineSite.build(site).exit());
        // someone moves the articles elsewhere and links them back in
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.move(out.resolve("articles"), outside.resolve("articles"));
        try {
            Files.createSymbolicLink(out.resolve("articles"), outside.resolve("articles"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }
        // undated articles have no previous/next links, so budget's page does not change and nothing is staged under
        // articles/
        Files.delete(site.resolve("content/vote.md"));

        InlineSite.Run run = InlineSite.build(site);

        assertTrue(
                Files.isRegularFile(outside.resolve("articles/vote.html")),
                "a file outside the output folder is not deleted\n" + run.transcript());
    }
}
