package org.broadsheet.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event stream that tells open pages to reload or to show a build error.
 * <p>
 * An event-stream request is answered with its opening events and then parked here: the handler
 * returns, so open pages hold a connection but never a thread of the pool that serves files.
 * Events are written under this object's lock, so a page that connects during a reload sees either
 * the old generation followed by the reload, or the new generation alone.
 */
final class LiveReloadEvents implements AutoCloseable {
    static final int MAX_CLIENTS = 256;
    private static final long HEARTBEAT_SECONDS = 15;
    private static final String HEARTBEAT = ": keep-alive\n\n";
    /** A page that does not take an event within this long has gone (or hangs): it is dropped. */
    private static final long WRITE_MILLIS = 5_000;

    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final List<Client> clients = new ArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "broadsheet-live-reload");
        thread.setDaemon(true);
        return thread;
    });
    private long reloads;
    private String error;
    private boolean closed;

    private record Client(Exchange exchange) {}

    void start() {
        // A write to a closed page fails: the heartbeat is what notices pages that went away.
        heartbeat.scheduleWithFixedDelay(
                () -> broadcast(HEARTBEAT), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Which build the server holds: changes on every reload and on every server start. */
    synchronized String generation() {
        return instance + "-" + reloads;
    }

    synchronized void reload() {
        reloads++;
        error = null;
        broadcast(event("reload", generation()));
    }

    synchronized void showError(String message) {
        error = message;
        broadcast(event("build-error", message));
    }

    /**
     * Answers an event-stream request and keeps it open; refuses it (server closing, too many pages
     * open) with 503.
     */
    synchronized void connect(Exchange exchange) {
        exchange.header("Cache-Control", "no-cache");
        if (closed || clients.size() >= MAX_CLIENTS) {
            exchange.header("Retry-After", "5");
            exchange.sendEmpty(503);
            return;
        }
        exchange.open(200, "text/event-stream; charset=utf-8");
        StringBuilder opening = new StringBuilder("retry: 1000\n\n").append(event("hello", generation()));
        if (error != null) {
            opening.append(event("build-error", error));
        }
        Client client = new Client(exchange);
        if (write(client, opening.toString())) {
            clients.add(client);
        }
    }

    synchronized int openPages() {
        return clients.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
        heartbeat.shutdownNow();
        clients.forEach(client -> client.exchange().end());
        clients.clear();
    }

    private synchronized void broadcast(String text) {
        for (Iterator<Client> it = clients.iterator(); it.hasNext(); ) {
            if (!write(it.next(), text)) {
                it.remove();
            }
        }
    }

    private static boolean write(Client client, String text) {
        return client.exchange().write(text.getBytes(StandardCharsets.UTF_8), WRITE_MILLIS);
    }

    /** One event in the text/event-stream format; every line of the data becomes a data: line. */
    static String event(String name, String data) {
        StringBuilder event = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            event.append("data: ").append(line).append('\n');
        }
        return event.append('\n').toString();
    }
}
