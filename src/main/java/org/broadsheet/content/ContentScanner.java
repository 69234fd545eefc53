package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds every article ({@code *.txt}, {@code *.md}) under a content folder, in any sub-folder, in a
 * stable order. Follows symbolic links but never loops; hidden files and folders are skipped.
 */
public final class ContentScanner {
    private ContentScanner() {
    }

    /**
     * @param siteRoot the folder display names are relative to
     * @param warnings receives one line per folder that could not be read or loops
     */
    public static List<SourceFile> scan(Path siteRoot, Path contentDir, Consumer<String> warnings) throws IOException {
        List<SourceFile> found = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) {
            return found;
        }
        Files.walkFileTree(contentDir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(contentDir) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        SourceFile.Format format = SourceFile.formatOf(file);
                        if (attrs.isRegularFile() && format != null && !hidden(file)) {
                            found.add(new SourceFile(file, display(siteRoot, file), format));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        warnings.accept(display(siteRoot, file) + ": " + (e instanceof FileSystemLoopException
                                ? "symbolic link loop, skipped" : "cannot be read (" + e.getMessage() + "), skipped"));
                        return FileVisitResult.CONTINUE;
                    }
                });
        found.sort(Comparator.comparing(SourceFile::displayName));
        return found;
    }

    private static boolean hidden(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~");
    }

    static String display(Path siteRoot, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = siteRoot.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
