package org.broadsheet.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The guards on a build's folders, on their real paths: an output given as a link to content/ (or to
 * the site folder, or its parent) is refused like the folder itself, before anything is written.
 */
final class FolderGuards {
    private FolderGuards() {}

    static void check(BuildOptions options) throws BuildFailure, IOException {
        Path site = options.site();
        Path out = options.output();
        if (!Files.isDirectory(site)) {
            throw new BuildFailure("no site folder at " + site, true);
        }
        if (!Files.isDirectory(options.content())) {
            throw new BuildFailure("no content/ folder in " + site + " (put your articles there)", true);
        }
        Path siteReal = site.toRealPath();
        Path outReal = realPath(out);
        String named = outReal.equals(out) ? out.toString() : out + " (really " + outReal + ")";
        if (outReal.equals(siteReal) || siteReal.startsWith(outReal)) {
            throw new BuildFailure("the output folder " + named + " may not be the site folder or contain it", true);
        }
        if (outReal.startsWith(options.content().toRealPath()) || outReal.startsWith(realPath(options.templates()))) {
            throw new BuildFailure("the output folder " + named + " may not be inside content/ or templates/", true);
        }
    }

    /** The real path of a folder that may not exist yet: its nearest existing ancestor's, plus the rest. */
    private static Path realPath(Path path) throws IOException {
        Path existing = path;
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing.toRealPath().resolve(existing.relativize(path)).normalize();
    }
}
