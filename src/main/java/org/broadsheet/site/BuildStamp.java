package org.broadsheet.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.broadsheet.content.SourceFile;
import org.broadsheet.model.Problem;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.output.OutputFolder;

/**
 * What the last build of a site into one output folder was made from, so that a build whose inputs are all
 * as they were (the program, the options, site.yaml, the templates folder, and every article file's name,
 * size and modification time, as make and Hugo judge a file) returns at once, without loading the
 * gazetteer or rendering a page. It is used only while the output folder is still the one that build
 * committed; the problems that build reported are reported again, so the exit status is the same.
 * Kept in {@code .broadsheet/stamps/}, one file per output folder; safe to delete.
 */
final class BuildStamp {
    private static final String VERSION = "broadsheet-build-stamp 1";

    /** The stamp as stored: the inputs' hash, the output's committed state, and the last build's outcome. */
    record Last(int articles, int files, List<Problem> problems) {}

    private final Path file;
    private final String inputs;

    private BuildStamp(Path file, String inputs) {
        this.file = file;
        this.inputs = inputs;
    }

    /** The stamp of a build about to run over these inputs. */
    static BuildStamp of(BuildOptions options, SiteConfig config, String templatesFingerprint, List<SourceFile> files)
            throws IOException {
        MessageDigest digest = sha256();
        update(
                digest,
                VERSION,
                SiteRenderer.fingerprint(config),
                String.valueOf(options.drafts()),
                String.valueOf(options.baseUrl()),
                templatesFingerprint);
        for (SourceFile f : files) {
            BasicFileAttributes attrs = Files.readAttributes(f.path(), BasicFileAttributes.class);
            update(
                    digest,
                    f.displayName(),
                    f.format().name(),
                    String.valueOf(attrs.size()),
                    String.valueOf(attrs.lastModifiedTime().toMillis()),
                    String.valueOf(attrs.lastModifiedTime()));
        }
        String output = HexFormat.of()
                .formatHex(sha256().digest(options.output().toString().getBytes(StandardCharsets.UTF_8)))
                .substring(0, 16);
        return new BuildStamp(
                options.site().resolve(".broadsheet/stamps/" + output),
                HexFormat.of().formatHex(digest.digest()));
    }

    /** The last build's outcome when it was made from these very inputs into the output as it is now, else null. */
    Last unchanged(Path output) {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String state = OutputFolder.committedState(output);
            if (lines.size() < 4
                    || !lines.get(0).equals(VERSION)
                    || !lines.get(1).equals(inputs)
                    || state == null
                    || !lines.get(2).equals(state)) {
                return null;
            }
            String[] counts = lines.get(3).split(" ");
            List<Problem> problems = new ArrayList<>();
            for (String line : lines.subList(4, lines.size())) {
                String[] p = line.split("\t", 3);
                problems.add(new Problem(unescape(p[1]), unescape(p[2]), p[0].equals("E")));
            }
            return new Last(Integer.parseInt(counts[0]), Integer.parseInt(counts[1]), problems);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged stamp only costs a build
        }
    }

    /** Records a build that has just committed into {@code output}. */
    void remember(Path output, BuildReport report) {
        try {
            String state = OutputFolder.committedState(output);
            if (state == null) {
                return;
            }
            StringBuilder s = new StringBuilder(VERSION)
                    .append('\n')
                    .append(inputs)
                    .append('\n')
                    .append(state)
                    .append('\n')
                    .append(report.articles())
                    .append(' ')
                    .append(report.written() + report.unchanged())
                    .append('\n');
            for (Problem p : report.problems()) {
                s.append(p.error() ? 'E' : 'W')
                        .append('\t')
                        .append(escape(p.location()))
                        .append('\t')
                        .append(escape(p.message()))
                        .append('\n');
            }
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".stamp", ".tmp");
            Files.writeString(tmp, s, StandardCharsets.UTF_8);
            Files.move(
                    tmp,
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // without a stamp the next build only does its work again
        }
    }

    /** Forgets the stamp: the output is about to change. */
    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // an old stamp never matches a newer output state anyway
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void update(MessageDigest digest, String... parts) {
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
