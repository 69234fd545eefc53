package org.broadsheet.search;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * A small site with a working search page: the theme's search partial rendered inside a minimal page,
 * the theme's search assets, the index from {@link SearchIndexWriter} and one plain page per article.
 * Stands in for the real site build in the browser test.
 */
final class SearchFixtureSite {
    static final List<String> ASSETS =
            List.of("search.js", "search-engine.js", "search.css", "vendor/stemmer.js", "vendor/stemmer.LICENSE");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Search</title><link rel="icon" href="data:,"></head>
            <body><main><h1>Search</h1><#include "partials/search-app.ftlh"></main></body></html>
            """;

    private SearchFixtureSite() {}

    static void write(Path site, List<SearchDocument> documents) throws IOException {
        write(site, documents, SearchFixtureSite::articlePage);
    }

    static void write(Path site, List<SearchDocument> documents, Function<SearchDocument, String> articlePage)
            throws IOException {
        Files.createDirectories(site.resolve("search"));
        Files.writeString(site.resolve("search/index.html"), render(PAGE, Map.of("root", "../")));
        for (String asset : ASSETS) {
            Path target = site.resolve("assets/search/" + asset);
            Files.createDirectories(target.getParent());
            try (InputStream in = SearchFixtureSite.class.getResourceAsStream("/theme/assets/search/" + asset)) {
                if (in == null) {
                    throw new IOException("missing theme asset " + asset);
                }
                Files.copy(in, target);
            }
        }
        SortedMap<String, byte[]> index = new SearchIndexWriter().write(documents);
        for (Map.Entry<String, byte[]> file : index.entrySet()) {
            Path target = site.resolve("search/" + file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        for (SearchDocument document : documents) {
            Path page = site.resolve(document.url() + "index.html");
            Files.createDirectories(page.getParent());
            Files.writeString(page, articlePage.apply(document), StandardCharsets.UTF_8);
        }
    }

    static String articlePage(SearchDocument document) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(document.title())
                + "</title><link rel=\"icon\" href=\"data:,\"></head><body><article><h1>" + escape(document.title())
                + "</h1><div class=\"article-body\"><p>" + escape(document.text())
                + "</p></div></article></body></html>";
    }

    /** Renders a page template with the theme on the classpath, as the site build does. */
    static String render(String template, Map<String, Object> model) throws IOException {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        StringTemplateLoader page = new StringTemplateLoader();
        page.putTemplate("page.ftlh", template);
        configuration.setTemplateLoader(new MultiTemplateLoader(
                new TemplateLoader[] {page, new ClassTemplateLoader(SearchFixtureSite.class, "/theme/")}));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        StringWriter out = new StringWriter();
        try {
            configuration.getTemplate("page.ftlh").process(model, out);
        } catch (TemplateException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
