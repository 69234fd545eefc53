package org.broadsheet.model;

import java.util.Objects;

/**
 * The site's settings from {@code site.yaml}; every key has a default.
 *
 * @param baseUrl     absolute URL the site is published at, ending in "/", or null (only used where a
 *                    standard needs absolute URLs: feed, sitemap, canonical link)
 * @param pageSize    articles per list page
 * @param feedSize    entries in feed.xml
 * @param unsafeHtml  pass raw HTML in Markdown through instead of escaping it
 * @param linkEveryMention link every mention of a person or place in an article, not only the first
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        int pageSize,
        int feedSize,
        boolean unsafeHtml,
        String author,
        boolean linkEveryMention) {
    public static final SiteConfig DEFAULTS = new SiteConfig(
            "Broadsheet archive", "A news archive built with Broadsheet.", null, "en", 20, 50, false, null, false);

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, got " + pageSize);
        }
        if (feedSize < 1) {
            throw new IllegalArgumentException("feedSize must be at least 1, got " + feedSize);
        }
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(
                title, description, url, language, pageSize, feedSize, unsafeHtml, author, linkEveryMention);
    }
}
