package org.broadsheet.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article's front matter, typed. Every field is optional (null or empty); keys Broadsheet does not
 * know are kept in {@code params} for templates.
 */
public record FrontMatter(
        String title,
        LocalDate date,
        LocalDate updated,
        String author,
        String source,
        String url,
        List<String> tags,
        String slug,
        boolean draft,
        String summary,
        String lang,
        Map<String, Object> params) {
    public static final FrontMatter EMPTY =
            new FrontMatter(null, null, null, null, null, null, List.of(), null, false, null, null, Map.of());

    public FrontMatter {
        tags = List.copyOf(tags);
        // sorted, so templates and caches see the keys in the same order on every run
        params = java.util.Collections.unmodifiableMap(
                new java.util.TreeMap<>(Objects.requireNonNull(params, "params")));
    }
}
