package org.broadsheet.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.broadsheet.index.Archive;
import org.broadsheet.model.Article;

/**
 * What the last build of a builder committed (serve), so the next one can do less: an edit to one body
 * re-renders one page ({@link BodyOnlyEdits}), and edits to known articles skip the content scan.
 */
record LastBuild(String fingerprint, String templates, Sources sources, List<Article> articles, Archive archive) {
    /** Whether these changes are edits to articles this build read, so the content need not be scanned. */
    boolean readAgainOnly(Set<Path> changed, Path content) {
        return changed != null
                && !changed.isEmpty()
                && changed.stream()
                        .allMatch(p -> p.startsWith(content) && sources.paths().contains(p) && Files.isRegularFile(p));
    }
}
