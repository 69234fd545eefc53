package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.broadsheet.model.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under serve one builder rebuilds after every saved file, told which files changed. Whatever the
 * edit, and whichever shortcut the rebuild takes, the site must be byte for byte what a clean build
 * of the same content makes.
 */
class RebuildAfterEditsTest {
    @TempDir
    Path site;

    private SiteBuilder builder;
    private final List<String> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private Path out;

    @BeforeEach
    void threeArticles() throws Exception {
        write(
                "content/a.md",
                "---\ntitle: Alpha\ndate: 2020-01-01\ntags: [x]\n---\n"
                        + "“We will stay,” said Ann Lee in Paris.\n\nThe talks go on.\n");
        write("content/b.txt", "---\ntitle: Beta\ndate: 2020-02-01\n---\nBob Ray spoke in Rome on Monday.\n");
        write("content/news/c.txt", "Undated text about Kirkuk in 2014.\n");
        out = site.resolve("site-output");
        builder =
                new SiteBuilder(new BuildOptions(site, out, null, false, false)).searchIndexInBackground(failures::add);
        assertNoErrors(builder.build());
        builder.awaitBackgroundWork();
    }

    private void write(String rel, String text) throws IOException {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private BuildReport rebuild(String... changed) throws Exception {
        Set<Path> paths = Stream.of(changed).map(site::resolve).collect(java.util.stream.Collectors.toSet());
        BuildReport r = builder.build(paths, () -> {});
        builder.awaitBackgroundWork();
        assertEquals(List.of(), failures);
        return r;
    }

    private static void assertNoErrors(BuildReport r) {
        assertFalse(r.hasErrors(), r.problems().toString());
    }

    /** The site a clean build of the content as it is now makes, in a folder of its own. */
    private void assertSameAsCleanBuild() throws Exception {
        Path clean = Files.createTempDirectory(site.getParent(), "clean");
        BuildReport r = new SiteBuilder(new BuildOptions(site, clean, null, false, true)).build();
        assertNoErrors(r);
        assertEquals(snapshot(clean), snapshot(out));
    }

    @Test
    void aBodyEditRewritesOnlyThatArticlesPageAndTheSearchIndex() throws Exception {
        FileTime home = Files.getLastModifiedTime(out.resolve("index.html"));
        FileTime other = Files.getLastModifiedTime(out.resolve("articles/b.html"));
        write(
                "content/a.md",
                "---\ntitle: Alpha\ndate: 2020-01-01\ntags: [x]\n---\n"
                        + "“We will stay,” said Ann Lee in Paris.\n\nThe talks go on into the night.\n");
        BuildReport r = rebuild("content/a.md");
        assertNoErrors(r);
        assertTrue(Files.readString(out.resolve("articles/a.html")).contains("into the night"));
        assertTrue(searchFindsNight(), "the search index has the new words");
        assertEquals(home, Files.getLastModifiedTime(out.resolve("index.html")));
        assertEquals(other, Files.getLastModifiedTime(out.resolve("articles/b.html")));
        assertSameAsCleanBuild();
    }

    @Test
    void anEditAboveTheQuotesMovesThemButRewritesOnlyThatArticlesPage() throws Exception {
        write(
                "content/a.md",
                "---\ntitle: Alpha\ndate: 2020-01-01\ntags: [x]\n---\n"
                        + "Talks opened in Paris.\n\n“We will stay,” said Ann Lee.\n\nThe talks go on.\n");
        assertNoErrors(rebuild("content/a.md"));
        FileTime person = Files.getLastModifiedTime(out.resolve("people/ann-lee.html"));
        FileTime quotes = Files.getLastModifiedTime(out.resolve("quotes/index.html"));
        String personKey = manifestKey("people/ann-lee.html");

        // a new paragraph between the lede and the quote: every later offset moves, nothing else changes
        write(
                "content/a.md",
                "---\ntitle: Alpha\ndate: 2020-01-01\ntags: [x]\n---\n"
                        + "Talks opened in Paris.\n\nDelegates arrived by train.\n\n“We will stay,” said Ann Lee.\n\n"
                        + "The talks go on.\n");
        assertNoErrors(rebuild("content/a.md"));
        assertTrue(Files.readString(out.resolve("articles/a.html")).contains("Delegates arrived by train."));
        assertEquals(person, Files.getLastModifiedTime(out.resolve("people/ann-lee.html")));
        assertEquals(quotes, Files.getLastModifiedTime(out.resolve("quotes/index.html")));
        // the person page was not even rendered again: a render would have keyed it on the quote's new offset
        assertEquals(personKey, manifestKey("people/ann-lee.html"));
        assertSameAsCleanBuild();
    }

    private String manifestKey(String path) throws IOException {
        return Files.readAllLines(out.resolve(".broadsheet-manifest")).stream()
                .filter(l -> l.startsWith(path + "\t"))
                .findFirst()
                .orElseThrow();
    }

    private boolean searchFindsNight() throws IOException {
        try (Stream<Path> files = Files.walk(out.resolve("search"))) {
            return files.filter(Files::isRegularFile).anyMatch(p -> {
                try {
                    return new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1)
                            .contains("night");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void everyKindOfEditGivesTheSiteACleanBuildGives() throws Exception {
        // a new quote by a new person: person, quote and article pages change
        write(
                "content/b.txt",
                "---\ntitle: Beta\ndate: 2020-02-01\n---\nBob Ray spoke in Rome on Monday.\n\n"
                        + "“It is over,” said Carla Diaz.\n");
        assertNoErrors(rebuild("content/b.txt"));
        assertSameAsCleanBuild();

        // a new title: the neighbours' links and every list show it
        write("content/b.txt", "---\ntitle: Beta, again\ndate: 2020-02-01\n---\nBob Ray spoke in Rome on Monday.\n");
        assertNoErrors(rebuild("content/b.txt"));
        assertSameAsCleanBuild();

        // a new date reorders the archive
        write(
                "content/a.md",
                "---\ntitle: Alpha\ndate: 2021-03-01\ntags: [x]\n---\n"
                        + "“We will stay,” said Ann Lee in Paris.\n\nThe talks go on.\n");
        assertNoErrors(rebuild("content/a.md"));
        assertSameAsCleanBuild();

        // a new file, and a body edit in the same batch
        write("content/d.md", "---\ntitle: Delta\ndate: 2019-05-05\n---\nDora Finn visited Kirkuk.\n");
        write("content/news/c.txt", "Undated text about Kirkuk in 2014, and Mosul.\n");
        assertNoErrors(rebuild("content/d.md", "content/news/c.txt"));
        assertSameAsCleanBuild();

        // a deleted file
        Files.delete(site.resolve("content/d.md"));
        assertNoErrors(rebuild("content/d.md"));
        assertFalse(Files.exists(out.resolve("articles/d")));
        assertSameAsCleanBuild();

        // a template override
        write("templates/partials/footer-note.ftlh", "unused");
        assertNoErrors(rebuild("templates/partials/footer-note.ftlh"));
        assertSameAsCleanBuild();

        // a body edit, then an edit that changes nothing
        write("content/b.txt", "---\ntitle: Beta, again\ndate: 2020-02-01\n---\nBob Ray spoke in Rome on Tuesday.\n");
        assertNoErrors(rebuild("content/b.txt"));
        assertSameAsCleanBuild();
        assertNoErrors(rebuild("content/b.txt"));
        assertSameAsCleanBuild();
    }

    @Test
    void aSearchIndexGivenUpForANewerEditIsMadeByTheNewerBuild() throws Exception {
        for (int i = 0; i < 5; i++) {
            write(
                    "content/b.txt",
                    "---\ntitle: Beta\ndate: 2020-02-01\n---\nBob Ray spoke in Rome on Monday.\n\n" + "Edit number " + i
                            + " of many.\n");
            // no waiting between builds: each gives up the index the one before started
            assertNoErrors(builder.build(Set.of(site.resolve("content/b.txt")), () -> {}));
        }
        builder.awaitBackgroundWork();
        assertEquals(List.of(), failures);
        assertSameAsCleanBuild();
    }

    @Test
    void aBrokenFileStaysReportedWhileOtherFilesAreEdited() throws Exception {
        write("content/broken.md", "---\ntitle: [unclosed\n---\nText.\n");
        BuildReport first = rebuild("content/broken.md");
        assertTrue(first.hasErrors());

        write(
                "content/a.md",
                "---\ntitle: Alpha\ndate: 2020-01-01\ntags: [x]\n---\n"
                        + "“We will stay,” said Ann Lee in Paris.\n\nThe talks end.\n");
        BuildReport second = rebuild("content/a.md");
        List<String> where = second.problems().stream()
                .filter(Problem::error)
                .map(Problem::location)
                .toList();
        assertEquals(List.of("content/broken.md:3"), where, second.problems().toString());
        assertTrue(Files.readString(out.resolve("articles/a.html")).contains("The talks end."));

        write("content/broken.md", "---\ntitle: Fixed\n---\nText.\n");
        BuildReport fixed = rebuild("content/broken.md");
        assertNoErrors(fixed);
        assertTrue(Files.exists(out.resolve("articles/broken.html")));
        assertSameAsCleanBuild();
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                if (rel.equals(".broadsheet-manifest")) {
                    // the keys of pages a body edit left alone still name the article's old bytes; they
                    // only decide what a later build renders again, never what a page says
                    continue;
                }
                // ISO-8859-1 maps every byte to one char: a lossless text form of binary index files too
                files.put(rel, new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
