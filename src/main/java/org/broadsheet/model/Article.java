package org.broadsheet.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One analysed article: what the archive, the pages and the feeds need of it. The rendered HTML is
 * not kept here; article pages are rendered from the source one at a time.
 *
 * @param source        the file as messages show it ("content/news/a.md")
 * @param slug          unique, URL-safe: the article lives at {@code articles/<slug>/}
 * @param titleDerived  true when the title was made from the lede
 * @param date          publication date, or null when the article is undated
 * @param bodySource    where the article body (the text analysis offsets point into) comes from: held,
 *                      or read again from its file each time it is asked for, so that an archive of a
 *                      million articles does not hold every body in memory
 * @param markdown      true for Markdown, false for plain text
 * @param events        the dated events the article reports, in date order (its timeline)
 * @param contentHash   SHA-256 of the file's bytes, hex: what caches and incremental rebuilds key on
 */
public record Article(
        String source,
        String slug,
        String title,
        boolean titleDerived,
        LocalDate date,
        FrontMatter frontMatter,
        String summary,
        BodySource bodySource,
        boolean markdown,
        Extraction extraction,
        List<TimelineEvent> events,
        String contentHash) {
    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(bodySource, "bodySource");
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(contentHash, "contentHash");
        events = List.copyOf(events);
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("slug must be lower-case letters, digits and '-': " + slug);
        }
    }

    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** An article whose body is held in memory. */
    public Article(
            String source,
            String slug,
            String title,
            boolean titleDerived,
            LocalDate date,
            FrontMatter frontMatter,
            String summary,
            String body,
            boolean markdown,
            Extraction extraction,
            List<TimelineEvent> events,
            String contentHash) {
        this(
                source,
                slug,
                title,
                titleDerived,
                date,
                frontMatter,
                summary,
                BodySource.held(body),
                markdown,
                extraction,
                events,
                contentHash);
    }

    public Article withSlug(String newSlug) {
        return new Article(
                source,
                newSlug,
                title,
                titleDerived,
                date,
                frontMatter,
                summary,
                bodySource,
                markdown,
                extraction,
                events,
                contentHash);
    }

    /** The article body; for an article read from a file, the file is read again. */
    public String body() {
        return bodySource.text();
    }

    public List<String> tags() {
        return frontMatter.tags();
    }

    public Map<String, Object> params() {
        return frontMatter.params();
    }

    /** The path of the article's page relative to the site root, "articles/slug.html". */
    public String path() {
        return "articles/" + slug + ".html";
    }

    /** The path of the article's extract JSON beside its page, "articles/slug.json". */
    public String dataPath() {
        return "articles/" + slug + ".json";
    }
}
