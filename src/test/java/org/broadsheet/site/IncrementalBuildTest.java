package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis cache and page keys save work without ever changing the output. */
class IncrementalBuildTest {
    @TempDir
    Path site;

    private void write(String rel, String text) throws IOException {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private void siteWithThreeArticles() throws IOException {
        write(
                "content/a.md",
                "---\ntitle: Alpha\ndate: 2020-01-01\ntags: [x]\n---\n“We will stay,” said Ann Lee in Paris.\n");
        write("content/b.txt", "---\ntitle: Beta\ndate: 2020-02-01\n---\nBob Ray spoke in Rome on Monday.\n");
        write("content/c.txt", "Undated text about Kirkuk in 2014.\n");
    }

    private BuildReport build(Path out, boolean clean) throws Exception {
        BuildReport r = new SiteBuilder(new BuildOptions(site, out, null, false, clean)).build();
        assertFalse(r.hasErrors(), r.problems().toString());
        return r;
    }

    @Test
    void secondBuildReanalysesOnlyTheChangedArticleAndRewritesOnlyWhatShowsIt() throws Exception {
        siteWithThreeArticles();
        Path out = site.resolve("site-output");
        assertEquals(3, build(out, false).analysed());
        FileTime before = Files.getLastModifiedTime(out.resolve("articles/a.html"));

        BuildReport unchanged = build(out, false);
        assertEquals(0, unchanged.analysed());
        assertEquals(0, unchanged.written());

        // the body changes, the title does not: article a links to b by title only
        write("content/b.txt", "---\ntitle: Beta\ndate: 2020-02-01\n---\nBob Ray spoke in Rome on Tuesday.\n");
        BuildReport changed = build(out, false);
        assertEquals(1, changed.analysed());
        assertTrue(Files.readString(out.resolve("articles/b.html")).contains("Tuesday"));
        assertTrue(Files.readString(out.resolve("index.html")).contains("Tuesday"), "the summary on the home page");
        assertEquals(
                before,
                Files.getLastModifiedTime(out.resolve("articles/a.html")),
                "an article page that does not show the changed article must not be rewritten");
    }

    @Test
    void cachedAndCleanBuildsAreByteIdentical() throws Exception {
        siteWithThreeArticles();
        Path cached = site.resolve("out-cached");
        build(cached, false);
        write(
                "content/a.md",
                "---\ntitle: Alpha 2\ndate: 2020-01-01\ntags: [x, y]\n---\n“We will go,” said Ann Lee in Paris.\n");
        build(cached, false);

        deleteTree(site.resolve(".broadsheet"));
        Path clean = site.resolve("out-clean");
        build(clean, true);
        assertEquals(snapshot(clean), snapshot(cached));
    }

    @Test
    void deletedAndRenamedArticlesDisappearWithTheirFiles() throws Exception {
        siteWithThreeArticles();
        Path out = site.resolve("site-output");
        build(out, false);
        assertTrue(Files.exists(out.resolve("articles/b.html")));
        Files.move(site.resolve("content/b.txt"), site.resolve("content/beta.txt"));
        Files.delete(site.resolve("content/c.txt"));
        BuildReport r = build(out, false);
        assertFalse(Files.exists(out.resolve("articles/b")), "renamed article's old folder is removed");
        assertFalse(Files.exists(out.resolve("articles/c")), "deleted article's folder is removed");
        assertTrue(Files.exists(out.resolve("articles/beta.html")));
        assertFalse(Files.readString(out.resolve("index.html")).contains("articles/c/"));
        assertTrue(r.removed() >= 4, "old html and json of two articles: " + r);
    }

    @Test
    void aTemplateChangeRerendersThePagesMadeWithItAndNoOthers() throws Exception {
        siteWithThreeArticles();
        Path out = site.resolve("site-output");
        build(out, false);
        Map<String, String> keysBefore = manifest(out);
        FileTime home = Files.getLastModifiedTime(out.resolve("index.html"));

        String person;
        try (var in = getClass().getResourceAsStream("/theme/person.ftlh")) {
            person = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        write("templates/person.ftlh", person.replaceFirst("</h1>", "</h1><p>Profile by the desk</p>"));
        build(out, false);
        Map<String, String> keysAfter = manifest(out);

        assertTrue(Files.readString(out.resolve("people/ann-lee.html")).contains("Profile by the desk"));
        assertEquals(home, Files.getLastModifiedTime(out.resolve("index.html")));
        keysBefore.forEach((path, key) -> {
            boolean personPage = path.startsWith("people/") && !path.equals("people/index.html");
            assertEquals(personPage, !key.equals(keysAfter.get(path)), path + ": re-rendered only if a person page");
        });

        // a layout every page imports: every page is made again
        String base;
        try (var in = getClass().getResourceAsStream("/theme/layouts/base.ftlh")) {
            base = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        write(
                "templates/layouts/base.ftlh",
                base.replaceFirst("</body>", "<p>Printed on recycled electrons</p></body>"));
        build(out, false);
        assertTrue(Files.readString(out.resolve("index.html")).contains("recycled electrons"));
        assertTrue(Files.readString(out.resolve("people/ann-lee.html")).contains("recycled electrons"));
    }

    /** The key of every page from the build's manifest ("" for files without one). */
    private static Map<String, String> manifest(Path out) throws IOException {
        Map<String, String> keys = new TreeMap<>();
        for (String line : Files.readAllLines(out.resolve(".broadsheet-manifest"))) {
            String[] parts = line.split("\t", -1);
            if (parts[0].endsWith(".html") && !parts[1].isEmpty()) {
                keys.put(parts[0], parts[1]);
            }
        }
        return keys;
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                if (!rel.startsWith(".")) {
                    // ISO-8859-1 maps every byte to one char: a lossless text form of binary index files too
                    files.put(rel, new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        }
        return files;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
