package org.broadsheet.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.broadsheet.index.Archive;
import org.broadsheet.index.Slugs;
import org.broadsheet.model.Article;
import org.broadsheet.model.Problem;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.output.OutputFolder;

/**
 * What every page renderer shares: templates, the output folder, the archive and the site settings.
 * A page's path is either a file ("people/ada-okafor.html", every article, person and place page and
 * every later page of a list) or a folder holding an index.html ("people/", the sections and their
 * first pages). Links between pages are relative and name the file, so the site works from disk,
 * under any sub-path and on any static host, with no folder of its own per page (see {@link PagePaths}).
 */
public final class RenderContext {
    private static final DateTimeFormatter HUMAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Templates templates;
    private final OutputFolder output;
    private final SiteConfig config;
    private final SiteView site;
    private final Archive archive;
    private final Consumer<Problem> problems;
    private final TemplateProblemLog templateProblems;
    private final Map<String, ArticleCard> cards = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<String> rendered = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final byte[] fingerprintBytes;

    /**
     * @param fingerprint identifies everything besides a page's own data and templates that its bytes
     *                    depend on (program, theme, settings); pages whose data, templates and
     *                    fingerprint match the previous build's are not rendered again
     */
    public RenderContext(
            Templates templates,
            OutputFolder output,
            SiteConfig config,
            SiteView site,
            Archive archive,
            Consumer<Problem> problems,
            String fingerprint) {
        this.fingerprintBytes = fingerprint.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        this.templates = templates;
        this.output = output;
        this.config = config;
        this.site = site;
        this.archive = archive;
        this.problems = problems;
        this.templateProblems = new TemplateProblemLog(problems);
    }

    public Archive archive() {
        return archive;
    }

    public SiteConfig config() {
        return config;
    }

    public SiteView site() {
        return site;
    }

    public OutputFolder output() {
        return output;
    }

    /** Reports a problem that is not a template's (a setting the site lacks, say). */
    public void report(Problem problem) {
        problems.accept(problem);
    }

    /** The file of a page: "people/" gives "people/index.html", "articles/x.html" is itself. */
    public static String href(String dir) {
        return dir.isEmpty() || dir.endsWith("/") ? dir + "index.html" : dir;
    }

    /** The relative prefix from a page to the site root: "../" for "articles/x.html" and for "people/". */
    public static String rootFrom(String dir) {
        return "../".repeat((int) dir.chars().filter(c -> c == '/').count());
    }

    public static String isoDate(LocalDate d) {
        return d == null ? null : d.toString();
    }

    public static String humanDate(LocalDate d) {
        return d == null ? null : HUMAN_DATE.format(d);
    }

    public PageView pageView(String title, String description, String dir, String type, String section) {
        return new PageView(
                title,
                description == null ? site.description() : description,
                dir,
                canonical(dir),
                type,
                section,
                Map.of(),
                null);
    }

    public String canonical(String dir) {
        return config.baseUrl() == null ? null : config.baseUrl() + dir;
    }

    /** An article's card; made once per build, since lists of all kinds show the same articles. */
    public ArticleCard card(Article a) {
        return cards.computeIfAbsent(a.slug(), slug -> makeCard(a));
    }

    private ArticleCard makeCard(Article a) {
        List<Link> tags = new ArrayList<>();
        for (String t : a.tags()) {
            tags.add(new Link(t, href("tags/" + Slugs.slugify(t, "tag") + "/")));
        }
        return new ArticleCard(
                a.title(),
                href(a.path()),
                isoDate(a.date()),
                humanDate(a.date()),
                a.summary(),
                a.frontMatter().source(),
                tags);
    }

    public List<ArticleCard> cards(List<Article> articles) {
        List<ArticleCard> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(card(a));
        }
        return out;
    }

    /**
     * Renders an HTML page into {@code dir/index.html}, unless the previous build rendered it from the
     * same data; a template error is reported and the old page kept.
     */
    public void page(String dir, String template, PageView page, Map<String, Object> data) {
        String key = dataKey(template, page, data);
        rendered.add(dir);
        if (output.reuse(href(dir), key)) {
            return;
        }
        render(dir, template, page, data, key);
    }

    /**
     * As {@link #page} for pages whose data is costly to make (article pages): {@code inputs} must name
     * everything the page shows, and the data is only made when the page must be rendered.
     */
    public boolean pageUnlessUnchanged(
            String dir,
            String template,
            String inputs,
            java.util.function.Supplier<PageView> page,
            java.util.function.Supplier<Map<String, Object>> data) {
        String key = key(template, templates.sourceHash(template), inputs);
        rendered.add(dir);
        if (output.reuse(href(dir), key)) {
            return false;
        }
        render(dir, template, page.get(), data.get(), key);
        return true;
    }

    private void render(String dir, String template, PageView page, Map<String, Object> data, String key) {
        Map<String, Object> model = new HashMap<>(data);
        model.put("site", site);
        model.put("page", page);
        model.put("root", rootFrom(dir));
        String path = href(dir);
        try {
            output.write(path, templates.render(template, model), key);
        } catch (TemplateProblem e) {
            templateProblems.report(e, path);
            output.keepPrevious(path);
        }
    }

    /**
     * The key of a page made from view records (the index pages): their text forms say everything the
     * page shows. Lists are hashed item by item. Pages listing articles key on the articles instead
     * ({@link #articlesKey}).
     */
    private String dataKey(String template, PageView page, Map<String, Object> data) {
        java.security.MessageDigest digest = digest();
        update(digest, template);
        update(digest, templates.sourceHash(template));
        update(digest, page.toString());
        for (Map.Entry<String, Object> e : new java.util.TreeMap<>(data).entrySet()) {
            update(digest, e.getKey());
            if (e.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    update(digest, String.valueOf(item));
                }
            } else {
                update(digest, String.valueOf(e.getValue()));
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private java.security.MessageDigest digest() {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(fingerprintBytes);
            return digest;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(java.security.MessageDigest digest, String part) {
        digest.update((byte) 0);
        digest.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * What a list of articles contributes to a page key: each article's slug and content hash, which
     * determine everything a card, quote or event of it shows (the program and settings are in every
     * key already). Much cheaper than the views themselves, which are made only for pages that changed.
     */
    public static String articlesKey(List<Article> articles) {
        StringBuilder s = new StringBuilder(articles.size() * 80);
        for (Article a : articles) {
            s.append(a.slug()).append(':').append(a.contentHash()).append('|');
        }
        return s.toString();
    }

    /** A short hash of a page's inputs and everything else its bytes depend on. */
    public String key(String... parts) {
        java.security.MessageDigest digest = digest();
        for (String part : parts) {
            update(digest, part);
        }
        return java.util.HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** The folders of every page rendered so far, sorted (for the sitemap). */
    public List<String> renderedPages() {
        return rendered.stream().sorted().toList();
    }

    /** Renders any file (feed.xml, sitemap.xml) from a template, with {@code site} in the model. */
    public void file(String path, String template, Map<String, Object> data) {
        Map<String, Object> model = new HashMap<>(data);
        model.putIfAbsent("site", site);
        model.putIfAbsent("root", rootFrom(path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : ""));
        try {
            output.write(path, templates.render(template, model));
        } catch (TemplateProblem e) {
            templateProblems.report(e, path);
            output.keepPrevious(path);
        }
    }

    /**
     * Splits a list into pages of the site's page size: page 1 at {@code dir}, page N at {@code dir/page/N.html}.
     */
    public <T> List<ListPage<T>> paginate(String dir, List<T> items) {
        int size = config.pageSize();
        int total = Math.max(1, (items.size() + size - 1) / size);
        List<ListPage<T>> pages = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            String prev = n == 1 ? null : href(pageDir(dir, n - 1));
            String next = n == total ? null : href(pageDir(dir, n + 1));
            List<T> slice = items.subList((n - 1) * size, Math.min(items.size(), n * size));
            pages.add(new ListPage<>(pageDir(dir, n), slice, new Pagination(n, total, prev, next)));
        }
        return pages;
    }

    private static String pageDir(String dir, int n) {
        return n == 1 ? dir : PagePaths.listPage(dir, n);
    }

    /** One page of a paginated list. */
    public record ListPage<T>(String dir, List<T> items, Pagination pagination) {}
}
