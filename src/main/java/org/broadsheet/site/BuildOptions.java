package org.broadsheet.site;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build.
 *
 * @param site    the site folder (holds content/, templates/, site.yaml)
 * @param output  where the site is written; may not be the site folder, contain it, or be inside content/ or templates/
 * @param baseUrl overrides site.yaml's baseUrl when not null
 * @param drafts  include articles with {@code draft: true}
 * @param clean   forget the previous output first: every file is written again
 */
public record BuildOptions(Path site, Path output, String baseUrl, boolean drafts, boolean clean) {
    public BuildOptions {
        site = Objects.requireNonNull(site, "site").toAbsolutePath().normalize();
        output = output == null
                ? site.resolve("site-output")
                : output.toAbsolutePath().normalize();
    }

    public Path content() {
        return site.resolve("content");
    }

    public Path templates() {
        return site.resolve("templates");
    }

    public Path siteYaml() {
        return site.resolve("site.yaml");
    }
}
