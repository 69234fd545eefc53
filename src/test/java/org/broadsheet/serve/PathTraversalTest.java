package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that try to leave the output folder. They go over a raw socket because java.net.http
 * normalises dot segments and refuses backslashes, so it could not send them as written. The
 * builder's hidden files in the output folder (staging, manifest) are refused the same way.
 */
class PathTraversalTest {
    private static final String SECRET = "the contents of a file outside the site";

    @TempDir
    static Path workspace;

    static Path site;
    static DevServer server;

    @BeforeAll
    static void start() throws IOException {
        site = workspace.resolve("site-output");
        TestSite.write(site, """
                -- index.html --
                <html><body>Home</body></html>
                -- 404.html --
                <html><body>Not in this archive</body></html>
                -- articles/first/index.html --
                <html><body>First</body></html>
                -- .broadsheet-staging/index.html --
                <html><body>Half-built</body></html>
                -- .broadsheet-manifest --
                index.html abc
                -- .well-known/security.txt --
                Contact: mailto:desk@example.org
                """);
        Files.writeString(workspace.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(site.resolve("leak.txt"), workspace.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), workspace);
        Files.createSymbolicLink(site.resolve("home.html"), site.resolve("index.html"));
        server = new DevServer(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static RawHttpConnection.Response get(String target) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            return connection.request("GET", target);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/../secret.txt",
                "/articles/../../secret.txt",
                "/articles/first/../../../secret.txt",
                "/%2e%2e/secret.txt",
                "/%2E%2E/secret.txt",
                "/.%2e/secret.txt",
                "/..%2fsecret.txt",
                "/articles/%2e%2e%2f%2e%2e%2fsecret.txt",
                "/articles%2f..%2f..%2fsecret.txt",
                "/..%5csecret.txt",
                "/articles/..%5C..%5Csecret.txt",
                "/%252e%252e/secret.txt",
                "//etc/passwd",
                "/etc/passwd",
                "/%2fetc%2fpasswd",
                "/leak.txt",
                "/outside/secret.txt",
                "/outside/site-output/../secret.txt",
                "/index.html%00.txt",
                "/%c0%ae%c0%ae/secret.txt",
                "/.broadsheet-staging/",
                "/.broadsheet-staging/index.html",
                "/%2ebroadsheet-manifest"
            })
    void answersEveryEscapeAttemptWithNotFound(String target) throws IOException {
        RawHttpConnection.Response response = get(target);
        // Jetty itself answers 400 to a path that climbs above the root or holds a NUL, before any file is looked at
        assertTrue(
                response.status() == 404
                        || response.status() == 400 && (target.contains(".") || target.contains("%00")),
                target + ": " + response.status());
        if (response.status() == 404) {
            assertTrue(response.text().contains("Not in this archive"), response.text());
        }
        assertFalse(response.text().contains(SECRET));
    }

    @Test
    void refusesAnAbsolutePathToAFileOutside() throws IOException {
        String absolute = workspace.resolve("secret.txt").toAbsolutePath().toString();
        assertEquals(404, get(absolute).status());
        assertEquals(404, get("/" + absolute).status());
        RawHttpConnection.Response climbing = get("http://127.0.0.1:" + server.port() + "/../secret.txt");
        assertTrue(climbing.status() == 404 || climbing.status() == 400, "status " + climbing.status());
        assertFalse(climbing.text().contains(SECRET));
    }

    @Test
    void aRawBackslashNeverReachesAFile() throws IOException {
        // The JDK server rejects a backslash in the request line as a malformed URI (400) before any
        // handler runs; what matters is that nothing outside the site is sent.
        RawHttpConnection.Response response = get("/..\\secret.txt");
        assertTrue(response.status() == 400 || response.status() == 404, "status " + response.status());
        assertFalse(response.text().contains(SECRET));
    }

    @Test
    void servesWellKnownFiles() throws IOException {
        assertEquals(200, get("/.well-known/security.txt").status());
    }

    @Test
    void stillServesLinksThatStayInsideTheSite() throws IOException {
        RawHttpConnection.Response response = get("/home.html");
        assertEquals(200, response.status());
        assertTrue(response.text().contains("Home"));
    }
}
