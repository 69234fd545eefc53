package org.broadsheet.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.broadsheet.model.Article;

/** schema.org JSON-LD, serialised so it is safe inside a {@code <script>} element. */
final class JsonLd {
    private JsonLd() {}

    static String newsArticle(ObjectMapper mapper, Article a, String canonical, SiteView site) {
        ObjectNode n = mapper.createObjectNode();
        n.put("@context", "https://schema.org");
        n.put("@type", "NewsArticle");
        n.put("headline", headline(a.title()));
        n.put("description", a.summary());
        if (a.date() != null) {
            n.put("datePublished", a.date().toString());
        }
        if (a.frontMatter().updated() != null) {
            n.put("dateModified", a.frontMatter().updated().toString());
        }
        if (a.frontMatter().author() != null) {
            n.putObject("author")
                    .put("@type", "Person")
                    .put("name", a.frontMatter().author());
        }
        if (a.frontMatter().source() != null) {
            n.putObject("publisher")
                    .put("@type", "Organization")
                    .put("name", a.frontMatter().source());
        }
        if (canonical != null) {
            n.put("mainEntityOfPage", canonical);
            n.put("url", canonical);
        }
        if (a.frontMatter().lang() != null || site.language() != null) {
            n.put("inLanguage", a.frontMatter().lang() != null ? a.frontMatter().lang() : site.language());
        }
        if (!a.tags().isEmpty()) {
            n.put("keywords", String.join(", ", a.tags()));
        }
        return scriptSafe(mapper, n);
    }

    /** schema.org asks for headlines of at most 110 characters: cut at a word, never mid-word. */
    static String headline(String title) {
        if (title.length() <= 110) {
            return title;
        }
        int space = title.lastIndexOf(' ', 108);
        return title.substring(0, space > 0 ? space : 108).strip() + "…";
    }

    /** JSON with '<', '>' and '&' as \\u escapes, so no text can close the script element. */
    static String scriptSafe(ObjectMapper mapper, ObjectNode n) {
        try {
            return mapper.writeValueAsString(n)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
