import org.broadsheet.serve.DevServer;
import org.broadsheet.serve.LoadGenerator;
import org.broadsheet.serve.SampleSite;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Load benchmark of the development server: CLIENTS concurrent keep-alive clients fetch the pages
 * of a generated site for SECONDS seconds on loopback, then the rate, the errors and the threads
 * left over are printed. Run through serve-load.sh, which compiles the classes first.
 *
 *   serve-load.sh [SECONDS] [CLIENTS] [PORT OUTPUT_DIR]
 *
 * Without PORT a sample site is generated and served by a DevServer in this process. With PORT
 * and OUTPUT_DIR the load goes to a server already running there (e.g. `broadsheet serve`), and the
 * paths fetched are the HTML, CSS, JS and JSON files of OUTPUT_DIR, the folder it serves.
 */
public class ServeLoad {
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        if (args.length > 3) {
            List<String> paths = filesUnder(Path.of(args[3]));
            System.out.println("loading http://127.0.0.1:" + args[2] + "/ (" + paths.size() + " paths)");
            report(LoadGenerator.run(Integer.parseInt(args[2]), paths, clients, Duration.ofSeconds(seconds)));
            return;
        }
        Path site = Files.createTempDirectory("broadsheet-bench-");
        try {
            List<String> paths = SampleSite.write(site, 100);
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            try (DevServer server = new DevServer(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
                server.start();
                System.out.println("serving " + site + " on " + server.uri() + " (" + paths.size() + " paths)");
                report(LoadGenerator.run(server.port(), paths, clients, Duration.ofSeconds(seconds)));
            }
            Thread.sleep(500);
            System.out.println("threads: " + threadsBefore + " before the server, " + ManagementFactory.getThreadMXBean().getThreadCount()
                    + " after closing it");
        } finally {
            try (Stream<Path> files = Files.walk(site)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().matches(".*\\.(html|css|js|json)$"))
                    .map(file -> "/" + root.relativize(file).toString().replace('\\', '/')
                            .replaceAll("(^|/)index\\.html$", "$1"))
                    .sorted()
                    .toList();
        }
    }

    private static void report(LoadGenerator.Result result) {
        System.out.println(result);
        if (result.errors() > 0) {
            System.out.println("FAILED: the server answered with errors");
        }
    }
}
