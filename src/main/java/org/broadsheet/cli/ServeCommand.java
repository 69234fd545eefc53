package org.broadsheet.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.broadsheet.model.Problem;
import org.broadsheet.serve.DevServer;
import org.broadsheet.serve.LoopbackCheck;
import org.broadsheet.serve.RebuildLoop;
import org.broadsheet.serve.SiteWatcher;
import org.broadsheet.site.BuildFailure;
import org.broadsheet.site.BuildOptions;
import org.broadsheet.site.BuildReport;
import org.broadsheet.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        header = "Build the site, serve it locally, and rebuild and reload on every change.",
        description = "Builds the site, serves the output folder at http://127.0.0.1:8080/, watches content/, "
                + "templates/ and site.yaml, rebuilds what a change affects and reloads the open pages. A build "
                + "error is shown in the browser; the last good site stays served. Ctrl-C stops it.",
        footer = {
            "",
            "Examples:",
            "  broadsheet serve",
            "  broadsheet serve --port 9000 --drafts",
            "  broadsheet serve --bind 0.0.0.0    # reachable from other machines: mind what you share"
        })
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SharedOptions shared;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", description = "TCP port; 0 picks a free one.")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on.")
    String bind = "127.0.0.1";

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new BroadsheetException("--port must be between 0 and 65535", 2);
        }
        InetSocketAddress address;
        try {
            address = new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (UnknownHostException e) {
            throw new BroadsheetException("--bind: unknown address '" + bind + "'", 2);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoopbackCheck.warning(address).ifPresent(w -> {
            err.println("warning: " + w);
            err.flush();
        });
        BuildOptions options = new BuildOptions(site.source, site.output, null, site.drafts, false);
        SiteBuilder builder = new SiteBuilder(options).searchIndexInBackground(problem -> {
            err.println("error: " + problem);
            err.flush();
        });
        try {
            builder.holdOutputLock(); // a second build or serve on this output refuses at once
        } catch (BuildFailure e) {
            throw new BroadsheetException(e.getMessage(), e.usage() ? 2 : 1);
        }
        try (DevServer server = new DevServer(options.output(), address)) {
            RebuildLoop rebuild =
                    new RebuildLoop(server, (changed, pagesWritten) -> problemsOf(builder, changed, pagesWritten), err);
            server.start();
            try (SiteWatcher watcher =
                    new SiteWatcher(List.of(options.content(), options.templates(), options.siteYaml()), rebuild)) {
                // watching first: an edit saved during the first build is rebuilt right after it
                watcher.start();
                rebuild.accept(Set.of());
                out.println("Serving " + options.output() + " at " + server.uri() + " (Ctrl-C to stop)");
                out.flush();
                server.awaitClose();
            } finally {
                builder.stopBackgroundWork();
            }
        } finally {
            builder.releaseOutputLock();
        }
        return 0;
    }

    private static List<String> problemsOf(SiteBuilder builder, Set<Path> changed, Runnable pagesWritten)
            throws Exception {
        BuildReport report;
        try {
            report = builder.build(changed.isEmpty() ? null : changed, pagesWritten);
        } catch (BuildFailure e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        for (Problem p : report.problems()) {
            if (p.error()) {
                problems.add(p.location() + ": " + p.message());
            }
        }
        return problems;
    }
}
