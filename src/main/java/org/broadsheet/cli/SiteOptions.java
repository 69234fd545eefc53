package org.broadsheet.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the site is and what to include: shared by build and serve. */
final class SiteOptions {
    @Option(
            names = "--source",
            paramLabel = "DIR",
            description = "The site folder (holds content/, templates/, site.yaml).")
    Path source = Path.of(".");

    @Option(names = "--output", paramLabel = "DIR", description = "Where to write the site (default: DIR/site-output).")
    Path output;

    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;
}
