package org.broadsheet.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes an inline site: a text block of {@code -- path --} sections, each followed by the file's content. */
final class TestSite {
    private static final Pattern SECTION = Pattern.compile("(?m)^-- (.+) --\\n");

    private TestSite() {}

    static Path write(Path root, String sections) {
        Matcher header = SECTION.matcher(sections);
        if (!header.find()) {
            throw new IllegalArgumentException("no -- path -- section");
        }
        try {
            while (true) {
                String path = header.group(1);
                int start = header.end();
                boolean more = header.find();
                String content = sections.substring(start, more ? header.start() : sections.length());
                Path file = root.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, content, StandardCharsets.UTF_8);
                if (!more) {
                    return root;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
