package org.broadsheet.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/** A process that serves a folder until it is stopped, the way {@code broadsheet serve} runs the server. */
final class ServeUntilStopped {
    private ServeUntilStopped() {}

    public static void main(String[] args) throws Exception {
        DevServer server = new DevServer(Path.of(args[0]), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.start();
        System.out.println("listening on " + server.port());
        System.out.flush();
        server.awaitClose();
    }
}
