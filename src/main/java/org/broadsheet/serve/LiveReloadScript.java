package org.broadsheet.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The live-reload script and its injection into HTML responses. Only the bytes sent by the
 * development server change; the files of the built site are never touched.
 */
final class LiveReloadScript {
    static final String PREFIX = "/__broadsheet/";
    static final String SCRIPT_PATH = PREFIX + "live-reload.js";
    static final String EVENTS_PATH = PREFIX + "events";

    private static final byte[] SOURCE = load();
    private static final byte[] BODY_END = "</body".getBytes(StandardCharsets.US_ASCII);

    private LiveReloadScript() {}

    static byte[] source() {
        return SOURCE.clone();
    }

    /**
     * The page with a script tag inserted just before its last {@code </body>}, or appended when
     * the page has none. The tag carries the build generation the page was served from.
     */
    static byte[] inject(byte[] html, String generation) {
        byte[] tag = ("<script src=\"" + SCRIPT_PATH + "\" data-generation=\"" + generation + "\"></script>")
                .getBytes(StandardCharsets.UTF_8);
        int at = lastBodyEnd(html);
        if (at < 0) {
            at = html.length;
        }
        byte[] result = new byte[html.length + tag.length];
        System.arraycopy(html, 0, result, 0, at);
        System.arraycopy(tag, 0, result, at, tag.length);
        System.arraycopy(html, at, result, at + tag.length, html.length - at);
        return result;
    }

    /** Byte offset of the last case-insensitive "</body", or -1; works on bytes so the page is not re-encoded. */
    private static int lastBodyEnd(byte[] html) {
        outer:
        for (int i = html.length - BODY_END.length; i >= 0; i--) {
            for (int j = 0; j < BODY_END.length; j++) {
                int b = html[i + j];
                if (b >= 'A' && b <= 'Z') {
                    b += 'a' - 'A';
                }
                if (b != BODY_END[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] load() {
        try (InputStream in = LiveReloadScript.class.getResourceAsStream("live-reload.js")) {
            if (in == null) {
                throw new IllegalStateException("live-reload.js is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
