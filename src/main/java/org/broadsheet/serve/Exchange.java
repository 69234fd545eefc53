package org.broadsheet.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;

/**
 * One request and its response as the development server's handlers see them: a small face over
 * Jetty's {@link Request}, {@link Response} and completion {@link Callback}, so the handlers read like
 * plain request-response code. Every path ends the exchange exactly once, except an event stream,
 * which stays open until {@link #end()}.
 */
final class Exchange {
    private final Request request;
    private final Response response;
    private final Callback callback;

    Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    String method() {
        return request.getMethod();
    }

    boolean isHead() {
        return "HEAD".equals(request.getMethod());
    }

    /** The request target as sent (still percent-encoded), or null when it is no URI at all. */
    URI uri() {
        String target = request.getHttpURI().getPathQuery();
        try {
            return new URI(target == null ? "/" : target);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    String requestHeader(String name) {
        return request.getHeaders().get(name);
    }

    /** Every value of a request header, or null when it was not sent. */
    List<String> requestHeaders(String name) {
        List<String> values = request.getHeaders().getValuesList(name);
        return values.isEmpty() ? null : values;
    }

    void header(String name, String value) {
        response.getHeaders().put(name, value);
    }

    void clearHeaders() {
        response.getHeaders().clear();
    }

    /** A whole body; HEAD gets the same headers, Content-Length included, and no body. */
    void send(int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put("Content-Type", type);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(new HttpField("Content-Length", Integer.toString(body.length)));
        response.write(true, isHead() || body.length == 0 ? null : ByteBuffer.wrap(body), callback);
    }

    /** A status without a body (301, 304, 503). */
    void sendEmpty(int status) {
        response.setStatus(status);
        response.write(true, null, callback);
    }

    /** A large file, streamed rather than read whole. */
    void stream(String type, Path file, long size) {
        response.setStatus(200);
        response.getHeaders().put("Content-Type", type);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(new HttpField("Content-Length", Long.toString(size)));
        if (isHead()) {
            response.write(true, null, callback);
            return;
        }
        Content.copy(Content.Source.from(file), response, callback);
    }

    /** Starts a response that stays open (an event stream): headers now, the body in {@link #write} calls. */
    void open(int status, String type) {
        response.setStatus(status);
        response.getHeaders().put("Content-Type", type);
    }

    /**
     * Writes part of an open response and waits for it to leave, at most {@code millis}. Returns false
     * (and ends the exchange) when the client went away or does not read.
     */
    boolean write(byte[] bytes, long millis) {
        FutureCallback written = new FutureCallback();
        response.write(false, ByteBuffer.wrap(bytes), written);
        try {
            written.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            callback.failed(e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            callback.failed(e);
            return false;
        }
    }

    /** Ends an open response. */
    void end() {
        response.write(true, null, callback);
    }

    boolean committed() {
        return response.isCommitted();
    }

    /** Gives up on the exchange: the connection is closed if the response had started. */
    void fail(Throwable cause) {
        callback.failed(cause);
    }

    /** The connection this exchange came on, to tell the connection limits it sent a whole request. */
    Object connection() {
        return request.getConnectionMetaData().getConnection();
    }
}
