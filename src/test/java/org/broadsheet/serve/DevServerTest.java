package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Real HTTP requests against a server on an ephemeral port over a small built site. */
class DevServerTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Home</title></head>
            <body><h1>Archive</h1></body></html>
            """;

    @TempDir
    static Path site;

    static DevServer server;
    static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        TestSite.write(site, """
                -- index.html --
                %s-- articles/first/index.html --
                <!DOCTYPE html><html><head><title>First</title></head><BODY><p>Quote</p></BODY></html>
                -- articles/first/index.json --
                {"id": "first", "quotes": []}
                -- assets/site.css --
                body { margin: 0 }
                -- assets/search.js --
                console.log("search");
                -- feed.xml --
                <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>
                -- assets/map.svg --
                <svg xmlns="http://www.w3.org/2000/svg"></svg>
                -- 404.html --
                <!DOCTYPE html><html><body><p>No such page in this archive.</p></body></html>
                -- places/index.html --
                <html><body>Places</body></html>
                -- empty/.keep --
                -- tags/café au lait/index.html --
                <html><body>Tagged café au lait</body></html>
                """.formatted(PAGE));
        Files.write(site.resolve("assets/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        server = new DevServer(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.start();
        client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The body of a page of any running server. */
    static String fetch(DevServer server, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        return send("GET", path, headers);
    }

    static HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(server.uri().resolve(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @CsvSource({
        "/articles/first/, text/html; charset=utf-8",
        "/articles/first/index.json, application/json; charset=utf-8",
        "/assets/site.css, text/css; charset=utf-8",
        "/assets/search.js, text/javascript; charset=utf-8",
        "/feed.xml, application/xml; charset=utf-8",
        "/assets/map.svg, image/svg+xml; charset=utf-8",
        "/assets/logo.png, image/png"
    })
    void servesEachFileWithItsContentType(String path, String type) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode());
        assertEquals(type, response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void servesTheIndexOfTheRootAndOfFolders() throws Exception {
        assertTrue(get("/").body().contains("<h1>Archive</h1>"));
        assertTrue(get("/places/").body().contains("Places"));
    }

    @Test
    void decodesPercentEncodedNames() throws Exception {
        HttpResponse<String> response = get("/tags/caf%C3%A9%20au%20lait/");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Tagged café au lait"));
        assertEquals(200, get("/assets/site.css?v=2").statusCode());
    }

    @Test
    void redirectsAFolderWithoutTrailingSlash() throws Exception {
        HttpResponse<String> response = get("/articles/first?ref=feed");
        assertEquals(301, response.statusCode());
        assertEquals(
                "/articles/first/?ref=feed",
                response.headers().firstValue("Location").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/missing.html", "/articles/missing/", "/empty/", "/feed.xml/", "/__broadsheet/other"})
    void answersMissingPagesWithTheSites404Page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(404, response.statusCode());
        if (!path.startsWith("/__broadsheet/")) {
            assertTrue(response.body().contains("No such page in this archive."), response.body());
            assertEquals(
                    "text/html; charset=utf-8",
                    response.headers().firstValue("Content-Type").orElseThrow());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void refusesEveryMethodButGetAndHead(String method) throws Exception {
        HttpResponse<String> response = send(method, "/");
        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void headSendsTheHeadersOfGetWithoutABody() throws Exception {
        HttpResponse<String> get = get("/assets/site.css");
        HttpResponse<String> head = send("HEAD", "/assets/site.css");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(
                String.valueOf(get.body().length()),
                head.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
    }

    @Test
    void answersAMatchingEntityTagWithNotModified() throws Exception {
        String tag = get("/").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/", "If-None-Match", tag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(200, get("/", "If-None-Match", "\"stale\"").statusCode());
    }

    @Test
    void theEntityTagFollowsTheServedBytes(@TempDir Path other) throws Exception {
        Path file = site.resolve("assets/changing.css");
        Files.writeString(file, "p { color: red }");
        String before = get("/assets/changing.css").headers().firstValue("ETag").orElseThrow();
        Path next = other.resolve("changing.css");
        Files.writeString(next, "p { color: blue }");
        Files.move(
                next,
                file,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        HttpResponse<String> after = get("/assets/changing.css", "If-None-Match", before);
        assertEquals(200, after.statusCode());
        assertEquals("p { color: blue }", after.body());
        assertNotEquals(before, after.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void answersIfModifiedSinceWithNotModifiedUntilTheFileChanges() throws Exception {
        Path file = site.resolve("assets/dated.css");
        Files.writeString(file, "a {}");
        Instant written = Instant.parse("2024-03-01T10:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(written));
        HttpResponse<String> first = get("/assets/dated.css");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals("Fri, 01 Mar 2024 10:00:00 GMT", lastModified);
        assertEquals(
                304, get("/assets/dated.css", "If-Modified-Since", lastModified).statusCode());
        Files.setLastModifiedTime(file, FileTime.from(written.plus(1, ChronoUnit.HOURS)));
        assertEquals(
                200, get("/assets/dated.css", "If-Modified-Since", lastModified).statusCode());
    }

    @Test
    void injectsTheLiveReloadScriptIntoHtmlOnly() throws Exception {
        String home = get("/").body();
        int script = home.indexOf("<script src=\"/__broadsheet/live-reload.js\"");
        assertTrue(script > 0, home);
        assertEquals(home.lastIndexOf("</body>"), home.indexOf("></script>", script) + "></script>".length());
        assertTrue(get("/articles/first/").body().contains("live-reload.js\" data-generation=")); // </BODY>
        assertFalse(get("/assets/site.css").body().contains("live-reload"));
        assertFalse(get("/articles/first/index.json").body().contains("live-reload"));
        assertFalse(get("/feed.xml").body().contains("live-reload"));
    }

    @Test
    void neverWritesTheScriptIntoTheBuiltSite() throws Exception {
        get("/");
        assertEquals(PAGE, Files.readString(site.resolve("index.html")));
    }

    @Test
    void servesTheScriptItInjects() throws Exception {
        HttpResponse<String> script = get("/__broadsheet/live-reload.js");
        assertEquals(200, script.statusCode());
        assertEquals(
                "text/javascript; charset=utf-8",
                script.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(script.body().contains("new EventSource('/__broadsheet/events')"));
    }

    @Test
    void refusesHostNamesThatAreNotThisMachine() throws Exception {
        // What a page on a rebinding domain (evil.example resolving to 127.0.0.1) would send.
        try (RawHttpConnection raw = new RawHttpConnection(server.port())) {
            RawHttpConnection.Response response = raw.request("GET", "/", "Host: evil.example\r\n");
            assertEquals(403, response.status());
        }
        assertEquals(
                200,
                client.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode());
    }
}
