package org.broadsheet.serve;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client on one keep-alive socket. Tests use it for request targets that
 * java.net.http normalises or refuses ({@code ..}, backslashes, raw escapes), and the load test for
 * its many connections without any client library's pools and threads in the measurement.
 */
public final class RawHttpConnection implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String host;
    private int completed;
    private boolean open = true;

    public record Response(int status, Map<String, String> headers, byte[] body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public RawHttpConnection(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
        host = "127.0.0.1:" + port;
    }

    public Response request(String method, String target) throws IOException {
        return request(method, target, "");
    }

    /**
     * Sends the request line exactly as given; {@code extraHeaders} are CRLF-terminated lines and
     * may replace the default Host header.
     */
    public Response request(String method, String target, String extraHeaders) throws IOException {
        boolean ownHost = ("\n" + extraHeaders.toLowerCase(Locale.ROOT)).contains("\nhost:");
        String request = method + " " + target + " HTTP/1.1\r\n" + (ownHost ? "" : "Host: " + host + "\r\n")
                + extraHeaders + "\r\n";
        out.write(request.getBytes(StandardCharsets.UTF_8));
        out.flush();
        String statusLine = readLine(true);
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(false); !line.isEmpty(); line = readLine(false)) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
        byte[] body = readBody(method, status, headers);
        if ("close".equalsIgnoreCase(headers.get("connection"))) {
            open = false;
        }
        completed++;
        return new Response(status, headers, body);
    }

    /** How many responses this connection has read: a failure after the first may be a stale keep-alive. */
    public int completed() {
        return completed;
    }

    public boolean isOpen() {
        return open && !socket.isClosed();
    }

    @Override
    public void close() throws IOException {
        open = false;
        socket.close();
    }

    private byte[] readBody(String method, int status, Map<String, String> headers) throws IOException {
        if (method.equals("HEAD") || status == 304 || status == 204 || status < 200) {
            return new byte[0];
        }
        String length = headers.get("content-length");
        if (length != null) {
            byte[] body = in.readNBytes(Integer.parseInt(length));
            if (body.length < Integer.parseInt(length)) {
                throw new EOFException("body cut short");
            }
            return body;
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                body.write(in.readNBytes(size));
                readLine(false);
            }
            readLine(false);
            return body.toByteArray();
        }
        open = false;
        return in.readAllBytes();
    }

    private int chunkSize() throws IOException {
        String line = readLine(false);
        int semicolon = line.indexOf(';');
        return Integer.parseInt(
                semicolon < 0 ? line.trim() : line.substring(0, semicolon).trim(), 16);
    }

    private String readLine(boolean first) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                open = false;
                throw new EOFException(
                        first && line.length() == 0 ? "connection closed before a response" : "response cut short");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
