package org.broadsheet.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** What a browser's EventSource sees: the events of a text/event-stream, parsed, in a queue. */
final class EventStreamClient implements AutoCloseable {
    record Event(String name, String data) {}

    /** The server ended the stream properly (the last chunk of a chunked response). */
    static final Event END = new Event("", "end of stream");
    /** The connection broke off mid-stream. */
    static final Event CUT = new Event("", "connection cut");

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    EventStreamClient(HttpClient client, URI uri) throws IOException, InterruptedException {
        response = client.send(
                HttpRequest.newBuilder(uri)
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        reader = new Thread(this::read, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    HttpResponse<Stream<String>> response() {
        return response;
    }

    /** The next event, or null if none arrives in time. */
    Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void read() {
        StringBuilder data = null;
        String name = "message";
        Event last = END;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(name, data.toString()));
                    }
                    data = null;
                    name = "message";
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    String value = line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5);
                    data = data == null
                            ? new StringBuilder(value)
                            : data.append('\n').append(value);
                }
            }
        } catch (RuntimeException e) {
            last = CUT;
        }
        events.add(last);
    }

    @Override
    public void close() {
        reader.interrupt();
        response.body().close();
    }
}
