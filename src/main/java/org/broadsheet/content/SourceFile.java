package org.broadsheet.content;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One article file found under {@code content/}.
 *
 * @param displayName the path as messages show it, relative to the site folder ("content/news/a.md")
 */
public record SourceFile(Path path, String displayName, Format format) {
    public enum Format {
        TEXT,
        MARKDOWN
    }

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(format, "format");
    }

    /** The file name without its extension ("a" for content/news/a.md). */
    public String stem() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        return name.endsWith(".txt") ? Format.TEXT : null;
    }
}
