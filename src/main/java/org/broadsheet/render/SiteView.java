package org.broadsheet.render;

/**
 * The site, as every template sees it ({@code site}).
 *
 * @param dataHref the Open data page, relative to the site root
 */
public record SiteView(
        String title,
        String description,
        String language,
        String baseUrl,
        String author,
        String generator,
        String attribution,
        String dataHref) {}
