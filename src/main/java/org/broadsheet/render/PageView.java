package org.broadsheet.render;

import java.util.Map;

/**
 * The page being rendered ({@code page} in templates).
 *
 * @param path      the page relative to the site root: a file ("articles/x.html") or a folder holding
 *                  its index.html ("people/", "" for the home page); see {@link PagePaths}
 * @param canonical absolute URL when the site has a baseUrl, else null
 * @param type      Open Graph type: "article" or "website"
 * @param section   which navigation entry is current: home, archive, people, places, quotes, timeline, tags, search
 * @param jsonLd    JSON-LD for the page, already serialised and safe inside a script element, or null
 */
public record PageView(
        String title,
        String description,
        String path,
        String canonical,
        String type,
        String section,
        Map<String, Object> params,
        String jsonLd) {
    public PageView {
        params = params == null ? Map.of() : params;
    }
}
