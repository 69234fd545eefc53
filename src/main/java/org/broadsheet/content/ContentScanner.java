package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.broadsheet.model.Problem;

/**
 * Finds every article ({@code *.txt}, {@code *.md}) under a content folder, in any sub-folder, in a
 * stable order; hidden files and folders are skipped.
 * <p>
 * A symbolic link is followed only when its real target lies inside the site folder (or the content
 * folder's own real place): a link to {@code /etc/passwd} or {@code ~/notes} would publish what was
 * never meant to be. Such a link is skipped with a warning naming it, and so is a link loop. A folder
 * or file that cannot be read is an error ({@link Problem#unreadable}): the build fails with exit status 1
 * and keeps what the last build published, rather than unpublishing the articles it cannot see.
 */
public final class ContentScanner {

    private final Path siteRoot;
    private final List<Path> allowed;
    private final Consumer<Problem> problems;
    private final Set<Path> visited = new HashSet<>();
    private final List<SourceFile> found = new ArrayList<>();

    private ContentScanner(Path siteRoot, List<Path> allowed, Consumer<Problem> problems) {
        this.siteRoot = siteRoot;
        this.allowed = allowed;
        this.problems = problems;
    }

    /**
     * @param siteRoot the folder display names are relative to, and which links may not leave
     * @param problems receives a warning per link skipped, an error per file or folder that cannot be read
     */
    public static List<SourceFile> scan(Path siteRoot, Path contentDir, Consumer<Problem> problems) throws IOException {
        if (!Files.isDirectory(contentDir)) {
            return List.of();
        }
        Path contentReal = contentDir.toRealPath();
        ContentScanner scanner = new ContentScanner(siteRoot, List.of(siteRoot.toRealPath(), contentReal), problems);
        scanner.visited.add(contentReal);
        scanner.walk(contentDir);
        scanner.found.sort(Comparator.comparing(SourceFile::displayName));
        return scanner.found;
    }

    /**
     * Warns of every symbolic link under {@code folder} (the templates folder) that leads outside the
     * site folder: such links are not followed (see {@code ThemeAssets}, and Freemarker's own loader).
     */
    public static void warnLinksLeaving(Path siteRoot, Path folder, Consumer<Problem> problems) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path siteReal = siteRoot.toRealPath();
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isSymbolicLink).sorted().toList()) {
                String where;
                try {
                    Path real = p.toRealPath();
                    if (real.startsWith(siteReal)) {
                        continue;
                    }
                    where = "symbolic link to " + real + ", outside the site folder; not followed";
                } catch (IOException e) {
                    where = "symbolic link to nothing or a loop, skipped";
                }
                problems.accept(new Problem(display(siteRoot, p), where, false));
            }
        }
    }

    private void walk(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            unreadable(dir, e);
            return;
        }
        entries.sort(Comparator.naturalOrder());
        for (Path entry : entries) {
            if (!hidden(entry)) {
                visit(entry);
            }
        }
    }

    private void visit(Path entry) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                Path real;
                try {
                    real = entry.toRealPath();
                } catch (FileSystemLoopException e) {
                    warn(entry, "symbolic link loop, skipped");
                    return;
                } catch (IOException e) {
                    warn(entry, "symbolic link to nothing (" + e.getMessage() + "), skipped");
                    return;
                }
                if (allowed.stream().noneMatch(real::startsWith)) {
                    warn(entry, "symbolic link to " + real + ", outside the site folder; not followed");
                    return;
                }
                attrs = Files.readAttributes(real, BasicFileAttributes.class);
            }
        } catch (IOException e) {
            unreadable(entry, e);
            return;
        }
        if (attrs.isDirectory()) {
            Path real;
            try {
                real = entry.toRealPath();
            } catch (IOException e) {
                unreadable(entry, e);
                return;
            }
            if (!visited.add(real)) {
                warn(entry, "symbolic link loop (its folder is read already), skipped");
                return;
            }
            walk(entry);
            return;
        }
        SourceFile.Format format = SourceFile.formatOf(entry);
        if (attrs.isRegularFile() && format != null) {
            if (!Files.isReadable(entry)) {
                unreadable(entry, new AccessDeniedException(entry.toString()));
                return;
            }
            found.add(new SourceFile(entry, display(siteRoot, entry), format));
        }
    }

    private void warn(Path entry, String message) {
        problems.accept(new Problem(display(siteRoot, entry), message, false));
    }

    private void unreadable(Path entry, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
        problems.accept(Problem.unreadable(display(siteRoot, entry), why));
    }

    private static boolean hidden(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~");
    }

    /** The path as messages show it, relative to the site folder, control characters escaped. */
    static String display(Path siteRoot, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = siteRoot.toAbsolutePath().normalize();
        return Problem.printable(
                (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/'));
    }
}
