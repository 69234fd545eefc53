/**
 * {@code broadsheet serve}: the development server, the source watcher, and live reload.
 * <p>
 * {@link org.broadsheet.serve.DevServer} serves the output folder and tells open pages to reload;
 * {@link org.broadsheet.serve.SiteWatcher} reports changed sources; {@link org.broadsheet.serve.RebuildLoop}
 * connects the two through the incremental rebuild; {@link org.broadsheet.serve.LoopbackCheck} says
 * what a {@code --bind} address exposes. The serve command wires them roughly so:
 * <pre>{@code
 * InetSocketAddress address = new InetSocketAddress(bind, port);
 * LoopbackCheck.warning(address).ifPresent(err::println);
 * try (DevServer server = new DevServer(output, address)) {
 *     RebuildLoop rebuild = new RebuildLoop(server, (changed, pagesWritten) -> problemsOf(builder.build(changed, pagesWritten)), err);
 *     server.start();                   // before the first build, so a failed one can be shown
 *     SiteWatcher watcher = new SiteWatcher(List.of(content, templates, siteYaml), rebuild);
 *     watcher.start();                  // before the first build, so no edit is missed
 *     rebuild.accept(Set.of());         // the first build (the loop runs one build at a time)
 *     out.println("Serving " + server.uri() + " (Ctrl-C to stop)");
 *     server.awaitClose();              // Ctrl-C runs the server's shutdown hook
 * }
 * }</pre>
 * Nothing here writes into the output folder: the live-reload script exists only in responses.
 */
package org.broadsheet.serve;
