package org.broadsheet.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.broadsheet.cli.InlineSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder across builds: a failed build changes nothing, a successful one rewrites only
 * files whose bytes changed and removes what it no longer produces, and files Broadsheet did not
 * write are never deleted.
 */
class IncrementalBuildTest {
    private static final String SITE = """
            -- content/harbour.md --
            ---
            title: Harbour dredging begins
            date: 2021-04-12
            tags: [port]
            ---
            Dredgers arrived in the harbour on Monday to deepen the main channel.

            The work will take six weeks, the port authority said.
            -- content/ferry.md --
            ---
            title: Winter ferry timetable
            date: 2021-03-01
            tags: [port, transport]
            ---
            The winter ferry timetable starts next week.
            -- content/school.txt --
            ---
            title: School roof repaired
            date: 2020-09-01
            ---
            The school roof was repaired over the summer.
            """;

    /** One file's bytes and identity: a rewritten file gets a new inode (atomic rename) and mtime. */
    private record Stamp(byte[] bytes, Object fileKey, long modified) {
        boolean sameFile(Stamp other) {
            return fileKey.equals(other.fileKey) && modified == other.modified;
        }
    }

    @TempDir
    Path site;

    Path out;

    @BeforeEach
    void firstBuild() {
        InlineSite.write(site, SITE);
        out = site.resolve("site-output");
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
    }

    @Test
    void failedBuildLeavesThePreviousSiteAsItWas() throws Exception {
        Map<String, Stamp> before = stamps(out);
        Files.writeString(site.resolve("content/harbour.md"), "---\ntitle: Changed\n---\nChanged text.\n");
        Files.writeString(site.resolve("site.yaml"), "title: Broken\npageSzie: 2\n");

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(1, run.exit(), run.transcript());
        assertTrue(run.err().contains("site.yaml") && run.err().contains("pageSzie"), run.transcript());
        assertUnchanged(before, stamps(out));
    }

    @Test
    void pageWhoseTemplateFailsKeepsItsPreviousVersion() throws Exception {
        byte[] oldPage = Files.readAllBytes(out.resolve("articles/harbour.html"));
        Files.writeString(
                site.resolve("content/harbour.md"),
                InlineSite.read(site.resolve("content/harbour.md")).replace("dredging begins", "dredging starts"));
        InlineSite.write(site, """
                -- templates/article.ftlh --
                <#import "/layouts/base.ftlh" as layout>
                <@layout.frame>${article.missing.field}</@layout.frame>
                """);

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(1, run.exit(), run.transcript());
        assertArrayEquals(
                oldPage,
                Files.readAllBytes(out.resolve("articles/harbour.html")),
                "the page that failed keeps its previous version");
        assertTrue(Files.isRegularFile(out.resolve("articles/ferry.html")), "pages from the previous build stay");
        assertTrue(
                InlineSite.read(out.resolve("articles/harbour.json")).contains("Harbour dredging starts"),
                "files that rendered are updated");
        assertTrue(InlineSite.read(out.resolve("index.html")).contains("Harbour dredging starts"));
    }

    @Test
    void rebuildRewritesOnlyFilesWhoseBytesChanged() throws Exception {
        Map<String, Stamp> before = stamps(out);
        // the second paragraph is not in the summary, so lists and the feed stay the same
        Files.writeString(
                site.resolve("content/harbour.md"),
                InlineSite.read(site.resolve("content/harbour.md")).replace("six weeks", "ten weeks"));

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(0, run.exit(), run.transcript());
        Map<String, Stamp> after = stamps(out);
        assertEquals(before.keySet(), after.keySet());
        int same = 0;
        for (String file : before.keySet()) {
            if (file.startsWith(".broadsheet")) {
                continue; // Broadsheet's own bookkeeping, not a page of the site
            }
            Stamp was = before.get(file);
            Stamp now = after.get(file);
            if (Arrays.equals(was.bytes(), now.bytes())) {
                assertTrue(was.sameFile(now), file + " has the same bytes but was written again");
                same++;
            } else {
                assertFalse(was.sameFile(now), file + " changed");
            }
        }
        assertFalse(
                Arrays.equals(
                        before.get("articles/harbour.html").bytes(),
                        after.get("articles/harbour.html").bytes()),
                "the edited article is rewritten");
        for (String file : new String[] {
            "articles/ferry.html",
            "articles/school.html",
            "assets/style.css",
            "tags/transport/index.html",
            "archive/2020/index.html"
        }) {
            assertTrue(before.get(file).sameFile(after.get(file)), file + " is left alone");
        }
        assertTrue(run.out().contains(same + " unchanged"), "the report counts them\n" + run.transcript());
    }

    @Test
    void cleanRewritesEveryFile() throws Exception {
        Map<String, Stamp> before = stamps(out);

        InlineSite.Run run = InlineSite.build(site, "--clean");

        assertEquals(0, run.exit(), run.transcript());
        Map<String, Stamp> after = stamps(out);
        before.forEach((file, was) -> assertFalse(was.sameFile(after.get(file)), file + " is written again"));
    }

    @Test
    void deletedArticleDisappearsAndForeignFilesStay() throws Exception {
        Files.writeString(out.resolve("CNAME"), "news.example.org\n");
        Files.createDirectories(out.resolve("downloads"));
        Files.writeString(out.resolve("downloads/report.csv"), "a,b\n1,2\n");
        Files.writeString(out.resolve("articles/README.txt"), "hand-written note\n");
        assertTrue(Files.isDirectory(out.resolve("tags/transport")));

        Files.delete(site.resolve("content/ferry.md"));
        InlineSite.Run run = InlineSite.build(site);

        assertEquals(0, run.exit(), run.transcript());
        assertFalse(Files.exists(out.resolve("articles/ferry")), "the deleted article's folder is gone");
        assertFalse(Files.exists(out.resolve("tags/transport")), "a tag nobody uses any more is gone");
        assertFalse(InlineSite.read(out.resolve("index.html")).contains("Winter ferry timetable"));
        assertTrue(Files.isRegularFile(out.resolve("articles/harbour.html")));
        assertEquals("news.example.org\n", InlineSite.read(out.resolve("CNAME")));
        assertEquals("a,b\n1,2\n", InlineSite.read(out.resolve("downloads/report.csv")));
        assertEquals("hand-written note\n", InlineSite.read(out.resolve("articles/README.txt")));
    }

    @Test
    void filesInAnOutputFolderBroadsheetNeverUsedAreKept() throws Exception {
        Path other = site.resolve("public");
        Files.createDirectories(other.resolve("old"));
        Files.writeString(other.resolve("old/index.html"), "<p>an older site</p>\n");

        InlineSite.Run run = InlineSite.build(site, "--output", other.toString());
        assertEquals(0, run.exit(), run.transcript());
        Files.delete(site.resolve("content/school.txt"));
        run = InlineSite.build(site, "--output", other.toString());

        assertEquals(0, run.exit(), run.transcript());
        assertEquals("<p>an older site</p>\n", InlineSite.read(other.resolve("old/index.html")));
        assertFalse(Files.exists(other.resolve("articles/school")));
    }

    private static void assertUnchanged(Map<String, Stamp> before, Map<String, Stamp> after) {
        assertEquals(before.keySet(), after.keySet(), "the same files");
        before.forEach((file, was) -> {
            assertArrayEquals(was.bytes(), after.get(file).bytes(), file);
            assertTrue(was.sameFile(after.get(file)), file + " was not rewritten");
        });
    }

    private static Map<String, Stamp> stamps(Path dir) {
        Map<String, Stamp> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                out.put(
                        dir.relativize(p).toString().replace('\\', '/'),
                        new Stamp(
                                Files.readAllBytes(p),
                                a.fileKey(),
                                a.lastModifiedTime().toMillis()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
