package org.broadsheet.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Measures the search index on a synthetic archive: build time, size on disk, and the bytes a real
 * Chromium fetches for a few queries until the first results show and until the facets are complete.
 * With a Pagefind binary, indexes the same pages with it and fetches the same queries through its API.
 * Run by scripts/bench/search-bench.sh; not a unit test (timings are reported, never asserted).
 *
 * <p>Usage: SearchScaleBench ARTICLES WORK_DIR [PAGEFIND_BINARY]
 */
public final class SearchScaleBench {
    private SearchScaleBench() {}

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        Path site = work.resolve("site-" + count);
        SyntheticArchive archive = new SyntheticArchive(42);
        List<SearchDocument> documents = archive.articles(count);

        long start = System.nanoTime();
        SortedMap<String, byte[]> index = new SearchIndexWriter().write(documents);
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        long raw = index.values().stream().mapToLong(bytes -> bytes.length).sum();
        long gzip =
                index.values().stream().mapToLong(SearchScaleBench::gzipSize).sum();
        System.out.printf(
                "articles=%d index: build %d ms, %d files, %.1f MB raw, %.1f MB gzipped%n",
                count, buildMs, index.size(), raw / 1e6, gzip / 1e6);
        SearchFixtureSite.write(site, documents, SearchScaleBench::pagefindReadyPage);

        Map<String, String> queries = Map.of(
                "typical (word + place)", archive.word(150) + " " + archive.place(10),
                "one common word", archive.word(40),
                "person's full name", archive.person(20));
        boolean pagefind = args.length > 2 && indexWithPagefind(Path.of(args[2]), site);
        try (StaticSiteServer server = new StaticSiteServer(site, "/archive/")) {
            WebDriver driver = SearchPageBrowserTest.chromium(Files.createTempDirectory("bench-profile"));
            try {
                for (Map.Entry<String, String> query : queries.entrySet()) {
                    measureBroadsheet(driver, server, index, query.getKey(), query.getValue());
                    if (pagefind) {
                        measurePagefind(driver, server, query.getKey(), query.getValue());
                    }
                }
            } finally {
                driver.quit();
            }
        }
    }

    private static void measureBroadsheet(
            WebDriver driver, StaticSiteServer server, SortedMap<String, byte[]> index, String label, String query) {
        driver.get(server.url() + "search/");
        server.takeBytesServed();
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var query = arguments[0];
                performance.setResourceTimingBufferSize(100000);
                var app = document.getElementById('search-app');
                function fetched () {
                  return performance.getEntriesByType('resource').filter(function (e) { return e.name.indexOf('/archive/search/') >= 0 })
                }
                function bytes () { return fetched().reduce(function (sum, e) { return sum + e.encodedBodySize }, 0) }
                var first = null, t0 = 0, count = 0
                app.addEventListener('search:results', function (e) {
                  if (!first) { first = { bytes: bytes(), ms: performance.now() - t0, files: fetched().length }; count = e.detail.count }
                })
                app.addEventListener('search:facets', function () {
                  done({ count: count, first: first, all: { bytes: bytes(), ms: performance.now() - t0, files: fetched().length },
                         names: fetched().map(function (e) { return new URL(e.name).pathname.replace(/^.*\\/archive\\/search\\//, '') }) })
                }, { once: true })
                function go () {
                  if (document.getElementById('search-status').textContent) { setTimeout(go, 20); return }
                  t0 = performance.now()
                  app.querySelector('input').value = query
                  app.querySelector('form').requestSubmit()
                }
                go()
                """, query);
        long served = server.takeBytesServed();
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) result.get("first");
        @SuppressWarnings("unchecked")
        Map<String, Object> all = (Map<String, Object>) result.get("all");
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) result.get("names");
        long gzip = names.stream()
                .map(index::get)
                .filter(b -> b != null)
                .mapToLong(SearchScaleBench::gzipSize)
                .sum();
        System.out.printf(
                "  broadsheet %-30s q=\"%s\" matches=%s | first result: %d files %.0f KB %.0f ms"
                        + " | with facets: %d files %.0f KB (%.0f KB gzipped) %.0f ms | server sent %.0f KB after load%n",
                label,
                query,
                result.get("count"),
                ((Number) first.get("files")).intValue(),
                ((Number) first.get("bytes")).doubleValue() / 1e3,
                ((Number) first.get("ms")).doubleValue(),
                ((Number) all.get("files")).intValue(),
                ((Number) all.get("bytes")).doubleValue() / 1e3,
                gzip / 1e3,
                ((Number) all.get("ms")).doubleValue(),
                served / 1e3);
    }

    /** Runs Pagefind under an 8 GB address-space limit (at 100,000 pages it grew past 18 GB here). */
    private static boolean indexWithPagefind(Path binary, Path site) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(
                        "prlimit",
                        "--as=8589934592",
                        binary.toString(),
                        "--site",
                        site.toString(),
                        "--output-subdir",
                        "pagefind")
                .redirectErrorStream(true)
                .redirectOutput(site.resolve("../pagefind.log").toFile())
                .start();
        int exit = process.waitFor();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0 || !Files.isDirectory(site.resolve("pagefind"))) {
            System.out.printf("  pagefind index: failed, exit %d after %d ms (see pagefind.log)%n", exit, ms);
            return false;
        }
        long bytes;
        long files;
        try (Stream<Path> walk = Files.walk(site.resolve("pagefind"))) {
            List<Path> all = walk.filter(Files::isRegularFile).collect(Collectors.toList());
            files = all.size();
            bytes = 0;
            for (Path file : all) {
                bytes += Files.size(file);
            }
        }
        System.out.printf(
                "  pagefind index: exit %d, %d ms, %d files, %.1f MB (its chunks are stored gzipped)%n",
                exit, ms, files, bytes / 1e6);
        Files.writeString(site.resolve("pagefind-query.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>pagefind</title>
                <link rel="icon" href="data:,"></head><body><p id="ready">ready</p></body></html>
                """);
        return true;
    }

    private static void measurePagefind(WebDriver driver, StaticSiteServer server, String label, String query) {
        driver.get(server.url() + "pagefind-query.html");
        server.takeBytesServed();
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                performance.setResourceTimingBufferSize(100000);
                function bytes () {
                  return performance.getEntriesByType('resource').filter(function (e) { return e.name.indexOf('/pagefind/') >= 0 })
                    .reduce(function (sum, e) { return sum + e.encodedBodySize }, 0)
                }
                var query = arguments[0];
                var t0 = performance.now();
                import('./pagefind/pagefind.js').then(async function (pf) {
                  await pf.init();
                  var search = await pf.search(query);
                  var top = await Promise.all(search.results.slice(0, 10).map(function (r) { return r.data() }));
                  done({ count: search.results.length, bytes: bytes(), ms: performance.now() - t0, shown: top.length });
                }).catch(function (e) { done({ error: String(e) }) });
                """, query);
        if (result.containsKey("error")) {
            System.out.printf("  pagefind   %-30s error %s%n", label, result.get("error"));
            return;
        }
        System.out.printf(
                "  pagefind   %-30s q=\"%s\" matches=%s | first 10 results with filter counts: server sent %.0f KB"
                        + " (scripts, wasm, index; stored gzipped) %.0f ms%n",
                label,
                query,
                result.get("count"),
                server.takeBytesServed() / 1e3,
                ((Number) result.get("ms")).doubleValue());
    }

    /** An article page with Pagefind's markup for body and filters, so both tools index the same thing. */
    static String pagefindReadyPage(SearchDocument document) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(SearchFixtureSite.escape(document.title()))
                .append("</title></head><body><article data-pagefind-body><h1>")
                .append(SearchFixtureSite.escape(document.title()))
                .append("</h1>");
        html.append("<p data-pagefind-filter=\"year\">").append(document.year()).append("</p><ul>");
        for (String place : document.places()) {
            html.append("<li data-pagefind-filter=\"place\">")
                    .append(SearchFixtureSite.escape(place))
                    .append("</li>");
        }
        for (String person : document.people()) {
            html.append("<li data-pagefind-filter=\"person\">")
                    .append(SearchFixtureSite.escape(person))
                    .append("</li>");
        }
        html.append("</ul><div class=\"article-body\"><p>")
                .append(SearchFixtureSite.escape(document.text()))
                .append("</p></div></article></body></html>");
        return html.toString();
    }

    private static long gzipSize(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.size();
    }
}
