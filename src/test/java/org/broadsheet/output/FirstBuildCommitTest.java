package org.broadsheet.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first build moves its whole staging folder into place in one rename; the site is then readable by the
 * web server like any other folder (a staging folder is private), and a later build commits file by file.
 */
class FirstBuildCommitTest {
    @TempDir
    Path dir;

    @Test
    void aFirstBuildBecomesTheOutputWithTheOutputFoldersPermissions() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        OutputFolder first = new OutputFolder(out, dir.resolve("work"), false, p -> true);
        first.write("articles/a.html", "<p>a</p>");
        first.write("index.html", "<p>home</p>");
        OutputFolder.Summary summary = first.commit();

        assertEquals(2, summary.written());
        assertEquals("<p>a</p>", Files.readString(out.resolve("articles/a.html")));
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(out);
        assertTrue(
                perms.contains(PosixFilePermission.OTHERS_READ) && perms.contains(PosixFilePermission.OTHERS_EXECUTE),
                "the output stays readable by others: " + PosixFilePermissions.toString(perms));

        OutputFolder second = new OutputFolder(out, dir.resolve("work"), false, p -> true);
        second.write("index.html", "<p>home, again</p>");
        OutputFolder.Summary again = second.commit();
        assertEquals(1, again.written());
        assertEquals(1, again.removed(), "articles/a/ is no longer made");
        assertEquals("<p>home, again</p>", Files.readString(out.resolve("index.html")));
        assertTrue(Files.notExists(out.resolve("articles/a.html")));
    }
}
