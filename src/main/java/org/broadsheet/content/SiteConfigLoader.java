package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.broadsheet.model.SiteConfig;

/** Reads {@code site.yaml}; a missing file means every default. */
public final class SiteConfigLoader {
    private static final Set<String> KNOWN = Set.of(
            "title",
            "description",
            "baseUrl",
            "language",
            "pageSize",
            "feedSize",
            "unsafeHtml",
            "author",
            "linkEveryMention");

    private SiteConfigLoader() {}

    public static SiteConfig load(Path file, String displayName) throws ContentProblem, IOException {
        if (!Files.isRegularFile(file)) {
            return SiteConfig.DEFAULTS;
        }
        String text = TextDecoder.decodeAllowEmpty(displayName, Files.readAllBytes(file));
        Map<String, Object> map = FrontMatterParser.YamlMaps.load(displayName, text, 1, "site.yaml");
        Set<String> unknown = new TreeSet<>(map.keySet());
        unknown.removeAll(KNOWN);
        if (!unknown.isEmpty()) {
            throw new ContentProblem(
                    displayName, 0, "unknown key(s) " + unknown + "; known keys are " + new TreeSet<>(KNOWN));
        }
        SiteConfig d = SiteConfig.DEFAULTS;
        try {
            return new SiteConfig(
                    text(map, "title", d.title()),
                    text(map, "description", d.description()),
                    text(map, "baseUrl", d.baseUrl()),
                    text(map, "language", d.language()),
                    integer(displayName, map, "pageSize", d.pageSize()),
                    integer(displayName, map, "feedSize", d.feedSize()),
                    bool(displayName, map, "unsafeHtml", d.unsafeHtml()),
                    text(map, "author", d.author()),
                    bool(displayName, map, "linkEveryMention", d.linkEveryMention()));
        } catch (IllegalArgumentException e) {
            throw new ContentProblem(displayName, 0, e.getMessage());
        }
    }

    private static String text(Map<String, Object> map, String key, String fallback) {
        Object v = map.get(key);
        return v == null || v.toString().isBlank() ? fallback : v.toString().strip();
    }

    private static int integer(String file, Map<String, Object> map, String key, int fallback) throws ContentProblem {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        throw new ContentProblem(file, 0, "'" + key + "' must be a whole number, got '" + v + "'");
    }

    private static boolean bool(String file, Map<String, Object> map, String key, boolean fallback)
            throws ContentProblem {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new ContentProblem(file, 0, "'" + key + "' must be true or false, got '" + v + "'");
    }
}
