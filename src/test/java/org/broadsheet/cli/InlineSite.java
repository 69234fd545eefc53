package org.broadsheet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Test fixture: a site written from a text block of {@code -- path --} sections (the Hugo integration
 * test style), and the real Broadsheet command line run in-process with captured output.
 */
public final class InlineSite {
    private InlineSite() {}

    /** What one command line run did. */
    public record Run(int exit, String out, String err) {
        /** Both streams, for failure messages. */
        public String transcript() {
            return "exit " + exit + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    /**
     * Writes every {@code -- relative/path --} section of {@code sections} under {@code dir}; a section
     * runs up to the next header line and keeps its line breaks.
     */
    public static Path write(Path dir, String sections) {
        String path = null;
        StringBuilder text = new StringBuilder();
        for (String line : sections.split("\n", -1)) {
            if (line.matches("-- \\S.* --")) {
                if (path != null) {
                    writeFile(dir.resolve(path), text.toString());
                }
                path = line.substring(3, line.length() - 3).strip();
                text.setLength(0);
            } else if (path != null) {
                text.append(line).append('\n');
            }
        }
        if (path != null) {
            writeFile(dir.resolve(path), text.toString().replaceAll("\n\n$", "\n"));
        }
        return dir;
    }

    private static void writeFile(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code broadsheet args...} as {@link Main} would, without exiting. */
    public static Run run(String... args) {
        return run(cl -> {}, args);
    }

    /** Runs with standard input for {@code extract --jsonl}. */
    public static Run runWithInput(InputStream in, String... args) {
        return run(cl -> ((ExtractCommand) cl.getSubcommands().get("extract").getCommand()).in = in, args);
    }

    private static Run run(Consumer<CommandLine> setUp, String... args) {
        CommandLine cl = BroadsheetCommand.commandLine();
        setUp.accept(cl);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** {@code broadsheet build --source site [more...]}. */
    public static Run build(Path site, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--source", site.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under {@code dir} by '/'-separated relative path, with its bytes, sorted. */
    public static Map<String, byte[]> files(Path dir) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The generated HTML pages under an output folder, sorted. */
    public static List<Path> htmlPages(Path output) {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
