package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.broadsheet.cli.InlineSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file under the site's templates/ replaces the theme file of the same path (layouts, page templates,
 * assets), and page templates see the variables the README documents. Each variable template below prints
 * "name=value" lines; a documented variable that is not there stops the template, and the build reports it.
 */
class TemplateOverrideTest {
    private static final String ARTICLES = """
            -- site.yaml --
            title: Variables Gazette
            description: Every variable, printed.
            baseUrl: https://vars.example.org/
            language: en-GB
            author: Desk
            pageSize: 1
            -- content/older.md --
            ---
            title: Older article
            date: 2021-06-10
            updated: 2021-06-11
            author: Ana Reporter
            source: The Wire
            url: https://example.org/original
            lang: fr
            tags: [Energy Policy, climate]
            summary: A short summary.
            region: Bretagne
            ---
            The older article's body.
            -- content/newer.md --
            ---
            title: Newer article
            date: 2021-07-01
            tags: [climate]
            ---
            The newer article's body.
            -- content/middle.md --
            ---
            title: First article
            date: 2021-01-05
            ---
            The first article's body.
            -- content/undated.txt --
            An undated article.
            """;

    @TempDir
    Path site;

    @Test
    void siteTemplatesOverrideLayoutPageTemplateAndAssets() throws Exception {
        InlineSite.write(site, ARTICLES + """
                -- templates/layouts/base.ftlh --
                <#macro frame>
                <!DOCTYPE html>
                <html lang="${site.language}"><head><meta charset="utf-8"><title>${page.title}</title>
                <link rel="stylesheet" href="${root}assets/style.css"></head>
                <body class="own-layout"><#nested></body></html>
                </#macro>
                -- templates/tags.ftlh --
                <#import "/layouts/base.ftlh" as layout>
                <@layout.frame><h1>Our own tag index</h1><#list tags as t><a href="${root}${t.href}">${t.text}</a></#list></@layout.frame>
                -- templates/assets/style.css --
                body { font-family: serif; }
                -- templates/assets/fonts/LICENSE.txt --
                Font licence.
                """);

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(0, run.exit(), run.transcript());
        Path out = site.resolve("site-output");
        for (Path page : InlineSite.htmlPages(out)) {
            assertTrue(InlineSite.read(page).contains("<body class=\"own-layout\">"), page + " uses the site's layout");
        }
        String tags = InlineSite.read(out.resolve("tags/index.html"));
        assertTrue(tags.contains("<h1>Our own tag index</h1>") && tags.contains(">Energy Policy</a>"), tags);
        assertTrue(
                InlineSite.read(out.resolve("articles/older.html")).contains("class=\"article-body\""),
                "templates the site does not override come from the theme");
        assertArrayEquals(
                "body { font-family: serif; }\n".getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(out.resolve("assets/style.css")));
        assertEquals("Font licence.\n", InlineSite.read(out.resolve("assets/fonts/LICENSE.txt")));
        assertTrue(
                Files.isRegularFile(out.resolve("assets/favicon.svg")), "theme assets the site does not replace stay");
    }

    @Test
    void articleTemplateSeesTheDocumentedVariables() {
        InlineSite.write(site, ARTICLES + """
                -- templates/article.ftlh --
                <pre>
                site.title=${site.title}
                site.description=${site.description}
                site.language=${site.language}
                site.baseUrl=${site.baseUrl}
                site.author=${site.author}
                site.generator=${site.generator}
                site.attribution=${site.attribution?has_content?c}
                page.title=${page.title}
                page.description=${page.description}
                page.path=${page.path}
                page.canonical=${page.canonical}
                page.type=${page.type}
                page.section=${page.section}
                page.params.region=${page.params.region!"-"}
                page.jsonLd=${page.jsonLd?has_content?c}
                root=${root}
                title=${article.title}
                titleDerived=${article.titleDerived?c}
                date=${article.date!"-"}
                dateText=${article.dateText!"-"}
                updated=${article.updated!"-"}
                updatedText=${article.updatedText!"-"}
                author=${article.author!"-"}
                source=${article.source!"-"}
                originalUrl=${article.originalUrl!"-"}
                lang=${article.lang!"-"}
                summary=${article.summary}
                tags=<#list article.tags as t>${t.text}|${t.href};</#list>
                bodyHtml=${article.bodyHtml?contains("<p>")?c}
                quotes=<#list article.quotes as q>${q.text}|${q.kind}|${q.speaker!}|${q.speakerHref!};</#list>
                people=<#list article.people as p>${p.name}|${p.role!}|${p.href}|${p.quotes}|${p.articles}|${p.mentions};</#list>
                places=<#list article.places as p>${p.name}|${p.country!}|${p.countryName!}|${p.kind}|${p.href!}|${p.lat}|${p.lon}|${p.articles}|${p.mentions};</#list>
                mapSvg=${article.mapSvg?has_content?c}
                events=<#list article.events as e>${e.date!}|${e.datetime!}|${e.dateText}|${e.sentence};</#list>
                older=<#if article.older??>${article.older.text}|${article.older.href}<#else>-</#if>
                newer=<#if article.newer??>${article.newer.text}|${article.newer.href}<#else>-</#if>
                params.region=${article.params.region!"-"}
                sourceFile=${article.sourceFile}
                </pre>
                """);

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(0, run.exit(), "every documented variable exists\n" + run.transcript());
        Map<String, String> v = variables(site.resolve("site-output/articles/older.html"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("site.title", "Variables Gazette");
        expected.put("site.description", "Every variable, printed.");
        expected.put("site.language", "en-GB");
        expected.put("site.baseUrl", "https://vars.example.org/");
        expected.put("site.author", "Desk");
        expected.put("site.generator", "Broadsheet");
        expected.put("site.attribution", "true");
        expected.put("page.title", "Older article");
        expected.put("page.description", "A short summary.");
        expected.put("page.path", "articles/older.html");
        expected.put("page.canonical", "https://vars.example.org/articles/older.html");
        expected.put("page.type", "article");
        expected.put("page.section", "article");
        expected.put("page.params.region", "Bretagne");
        expected.put("page.jsonLd", "true");
        expected.put("root", "../");
        expected.put("title", "Older article");
        expected.put("titleDerived", "false");
        expected.put("date", "2021-06-10");
        expected.put("dateText", "10 June 2021");
        expected.put("updated", "2021-06-11");
        expected.put("updatedText", "11 June 2021");
        expected.put("author", "Ana Reporter");
        expected.put("source", "The Wire");
        expected.put("originalUrl", "https://example.org/original");
        expected.put("lang", "fr");
        expected.put("summary", "A short summary.");
        expected.put("tags", "Energy Policy|tags/energy-policy/index.html;climate|tags/climate/index.html;");
        expected.put("bodyHtml", "true");
        expected.put("older", "First article|articles/middle.html");
        expected.put("newer", "Newer article|articles/newer.html");
        expected.put("params.region", "Bretagne");
        expected.put("sourceFile", "content/older.md");
        expected.forEach((name, value) -> assertEquals(value, v.get(name), name));
        Map<String, String> undated = variables(site.resolve("site-output/articles/undated.html"));
        assertEquals("-", undated.get("date"), "an undated article has no date");
        assertEquals("-", undated.get("older"), "and no neighbours by date");
        assertEquals("-", undated.get("newer"));
        assertEquals("true", undated.get("titleDerived"));
    }

    @Test
    void listArchiveTagsFeedAndSitemapTemplatesSeeTheDocumentedVariables() {
        InlineSite.write(site, ARTICLES + """
                -- templates/list.ftlh --
                <pre>
                heading=${heading}
                items=<#list items as i>${i.title}|${i.href}|${i.date!"-"}|${i.dateText!"-"}|${i.summary}|${i.source!"-"}|<#list i.tags as t>${t.text}>${t.href},</#list>;</#list>
                pagination=${pagination.number}|${pagination.total}|${pagination.previousHref!"-"}|${pagination.nextHref!"-"}
                root=${root}
                page.section=${page.section}
                </pre>
                -- templates/archive.ftlh --
                <pre>
                years=<#list years as y>${y.year?c}|${y.href}|${y.count}|<#list y.months as m>${m.text}>${m.href},</#list>;</#list>
                undated=${undatedCount}|${undatedHref}
                </pre>
                -- templates/tags.ftlh --
                <pre>
                tags=<#list tags as t>${t.text}|${t.href}|${counts[t?index]};</#list>
                </pre>
                -- templates/feed.ftlx --
                <feed>
                <v>feed=${updated}|${feedId}|${selfUrl}|${homeUrl}</v>
                <#list entries as e><v>entry=${e.id}|${e.title}|${e.url}|${e.published}|${e.updated}|${e.summary}|${e.author!"-"}|<#list e.tags as t>${t},</#list></v>
                </#list></feed>
                -- templates/sitemap.ftlx --
                <urlset><#list entries as e><v>${e.loc}|${e.lastmod!"-"}</v>
                </#list></urlset>
                """);

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(0, run.exit(), "every documented variable exists\n" + run.transcript());
        Path out = site.resolve("site-output");
        Map<String, String> home = variables(out.resolve("page/2.html"));
        assertEquals("Variables Gazette", home.get("heading"));
        assertEquals(
                "Older article|articles/older.html|2021-06-10|10 June 2021|A short summary.|The Wire|"
                        + "Energy Policy>tags/energy-policy/index.html,climate>tags/climate/index.html,;",
                home.get("items"));
        assertEquals("2|4|index.html|page/3.html", home.get("pagination"));
        assertEquals("../", home.get("root"));
        assertEquals("home", home.get("page.section"));

        assertEquals(
                "2021|archive/2021/index.html|3|July (1)>archive/2021/07/index.html,June (1)>archive/2021/06/index.html,"
                        + "January (1)>archive/2021/01/index.html,;",
                variables(out.resolve("archive/index.html")).get("years"));
        assertEquals(
                "1|archive/undated/index.html",
                variables(out.resolve("archive/index.html")).get("undated"));
        assertEquals(
                "climate|tags/climate/index.html|2;Energy Policy|tags/energy-policy/index.html|1;",
                variables(out.resolve("tags/index.html")).get("tags"));

        String feed = InlineSite.read(out.resolve("feed.xml"));
        assertTrue(
                feed.contains(
                        "<v>feed=2021-07-01T00:00:00Z|https://vars.example.org/feed.xml|https://vars.example.org/feed.xml"
                                + "|https://vars.example.org/</v>"),
                feed);
        assertTrue(
                feed.contains(
                        "<v>entry=https://vars.example.org/articles/older.html|Older article|https://vars.example.org/articles/older.html"
                                + "|2021-06-10T00:00:00Z|2021-06-11T00:00:00Z|A short summary.|Ana Reporter|Energy Policy,climate,</v>"),
                feed);
        String sitemap = InlineSite.read(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<v>https://vars.example.org/articles/older.html|2021-06-11</v>"), sitemap);
        assertFalse(
                sitemap.contains("<v>https://vars.example.org/articles/undated.html|2"),
                "no lastmod for an undated article");
    }

    /** The "name=value" lines of a page (HTML entities decoded). */
    private static Map<String, String> variables(Path page) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : org.jsoup.Jsoup.parse(InlineSite.read(page))
                .select("pre")
                .text()
                .lines()
                .toList()) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }
}
