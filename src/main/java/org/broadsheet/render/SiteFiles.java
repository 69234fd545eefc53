package org.broadsheet.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.Article;
import org.broadsheet.model.Problem;

/** The files around the pages: Atom feed, sitemap, robots.txt, 404 page and the search page. */
public final class SiteFiles {
    private final RenderContext ctx;

    public SiteFiles(RenderContext ctx) {
        this.ctx = ctx;
    }

    /** A feed entry; {@code url} is absolute when the site has a baseUrl, else relative to the feed. */
    public record FeedEntry(
            String id,
            String title,
            String url,
            String published,
            String updated,
            String summary,
            String author,
            List<String> tags) {}

    /** A sitemap URL; {@code lastmod} may be null. */
    public record SitemapEntry(String loc, String lastmod) {}

    /** Pages that list nothing of their own; render them with the others. */
    public List<Runnable> pageTasks() {
        return List.of(this::feed, this::robots, this::notFound, this::search, this::credits);
    }

    private void feed() {
        String base = ctx.config().baseUrl();
        List<FeedEntry> entries = new ArrayList<>();
        LocalDate newest = null;
        for (Article a : ctx.archive().articles()) {
            if (a.date() == null || a.frontMatter().draft()) {
                continue;
            }
            if (entries.size() == ctx.config().feedSize()) {
                break;
            }
            LocalDate updated =
                    a.frontMatter().updated() != null ? a.frontMatter().updated() : a.date();
            newest = newest == null || updated.isAfter(newest) ? updated : newest;
            String url = (base == null ? "" : base) + a.path();
            entries.add(new FeedEntry(
                    base == null ? "urn:broadsheet:article:" + a.slug() : url,
                    a.title(),
                    url,
                    stamp(a.date()),
                    stamp(updated),
                    a.summary(),
                    a.frontMatter().author(),
                    a.tags()));
        }
        ctx.file(
                "feed.xml",
                "feed.ftlx",
                Map.of(
                        "entries",
                        entries,
                        "updated",
                        newest == null ? "1970-01-01T00:00:00Z" : stamp(newest),
                        "feedId",
                        base == null
                                ? "urn:broadsheet:feed:" + ctx.site().title().hashCode()
                                : base + "feed.xml",
                        "selfUrl",
                        base == null ? "feed.xml" : base + "feed.xml",
                        "homeUrl",
                        base == null ? "./" : base));
    }

    /**
     * The sitemap, from every page folder rendered; run it last. The protocol allows only absolute URLs,
     * so a site without a baseUrl gets no sitemap, and one warning saying why.
     */
    public void sitemap(List<String> pageDirs) {
        String base = ctx.config().baseUrl();
        if (base == null) {
            ctx.report(new Problem(
                    "site.yaml",
                    "no baseUrl, so no sitemap.xml (a sitemap needs absolute URLs); "
                            + "set baseUrl in site.yaml or pass --base-url",
                    false));
            return;
        }
        Map<String, String> lastmod = new java.util.HashMap<>();
        for (Article a : ctx.archive().articles()) {
            LocalDate d = a.frontMatter().updated() != null ? a.frontMatter().updated() : a.date();
            if (d != null) {
                lastmod.put(a.path(), d.toString());
            }
        }
        List<SitemapEntry> entries = new ArrayList<>();
        for (String dir : pageDirs.stream().sorted().toList()) {
            entries.add(new SitemapEntry(base + dir, lastmod.get(dir)));
        }
        ctx.file("sitemap.xml", "sitemap.ftlx", Map.of("entries", entries));
    }

    private void robots() {
        String base = ctx.config().baseUrl();
        ctx.output()
                .write(
                        "robots.txt",
                        "User-agent: *\nAllow: /\n" + (base == null ? "" : "Sitemap: " + base + "sitemap.xml\n"));
    }

    private void notFound() {
        // 404.html is served for missing paths at any depth, so its links are absolute when they can be.
        String base = ctx.config().baseUrl();
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("site", ctx.site());
        model.put("page", ctx.pageView("Page not found", "This page does not exist.", "404.html", "website", "404"));
        model.put("root", base == null ? "" : base);
        ctx.file("404.html", "404.ftlh", model);
    }

    private void search() {
        ctx.page(
                "search/",
                "search.ftlh",
                ctx.pageView("Search", "Search the archive.", "search/", "website", "search"),
                Map.of());
    }

    /**
     * The credits the bundled data asks for, in full. Every page's footer names the sources and links here:
     * one copy instead of 700 bytes on each of an archive's pages.
     */
    private void credits() {
        ctx.page(
                "credits/",
                "credits.ftlh",
                ctx.pageView(
                        "Credits and licences",
                        "The data and software this archive was made with, and their licences.",
                        "credits/",
                        "website",
                        "credits"),
                Map.of());
    }

    private static String stamp(LocalDate d) {
        return d + "T00:00:00Z";
    }
}
