package org.broadsheet.render;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.index.Archive;
import org.broadsheet.index.TagEntry;
import org.broadsheet.model.Article;

/** The home page, the archive by year and month (and undated), and the tag pages. */
public final class ListPages {
    private final RenderContext ctx;
    private final HomePage home;

    public ListPages(RenderContext ctx) {
        this(ctx, org.broadsheet.analysis.places.Gazetteer::countryName);
    }

    /** @param countryNames ISO 3166-1 alpha-2 code to English name, for the front page's places */
    public ListPages(RenderContext ctx, java.util.function.Function<String, String> countryNames) {
        this.ctx = ctx;
        this.home = new HomePage(ctx, countryNames);
    }

    /** One task per page, so pages render in parallel. */
    public List<Runnable> tasks() {
        Archive archive = ctx.archive();
        List<Runnable> tasks = new ArrayList<>();
        tasks.addAll(list("", ctx.site().title(), ctx.site().description(), "home", archive.articles()));
        tasks.add(this::archiveIndex);
        archive.byYearMonth().forEach((year, months) -> {
            List<Article> all = new ArrayList<>();
            months.values().forEach(all::addAll);
            tasks.addAll(list(
                    "archive/" + year + "/",
                    String.valueOf(year),
                    "Articles published in " + year + ".",
                    "archive",
                    all));
            months.forEach((month, articles) -> tasks.addAll(list(
                    monthDir(year, month),
                    monthName(month) + " " + year,
                    "Articles published in " + monthName(month) + " " + year + ".",
                    "archive",
                    articles)));
        });
        tasks.addAll(list(
                "archive/undated/", "Undated", "Articles without a publication date.", "archive", archive.undated()));
        tasks.add(this::tagIndex);
        for (TagEntry tag : archive.tags().values()) {
            tasks.addAll(list(
                    "tags/" + tag.slug() + "/",
                    "Tagged “" + tag.name() + "”",
                    "Articles tagged " + tag.name() + ".",
                    "tags",
                    tag.articles()));
        }
        return tasks;
    }

    private List<Runnable> list(
            String dir, String heading, String description, String section, List<Article> articles) {
        List<Runnable> tasks = new ArrayList<>();
        for (RenderContext.ListPage<Article> p : ctx.paginate(dir, articles)) {
            tasks.add(() -> {
                String title = p.pagination().number() == 1
                        ? heading
                        : heading + " (page " + p.pagination().number() + ")";
                boolean front = dir.isEmpty() && p.pagination().number() == 1;
                PageView page =
                        ctx.pageView(front ? ctx.site().title() : title, description, p.dir(), "website", section);
                if (front) {
                    home.render(p, page);
                    return;
                }
                ctx.pageUnlessUnchanged(
                        p.dir(),
                        "list.ftlh",
                        page + "|" + heading + "|" + p.pagination() + "|" + RenderContext.articlesKey(p.items()),
                        () -> page,
                        () -> Map.of("heading", heading, "items", ctx.cards(p.items()), "pagination", p.pagination()));
            });
        }
        return tasks;
    }

    /** A year with its months, for the archive index. */
    public record YearView(int year, String href, int count, List<Link> months) {}

    private void archiveIndex() {
        List<YearView> years = new ArrayList<>();
        ctx.archive().byYearMonth().forEach((year, months) -> {
            List<Link> links = new ArrayList<>();
            int count = 0;
            for (Map.Entry<Integer, List<Article>> m : new TreeMap<>(months).entrySet()) {
                links.add(new Link(
                        monthName(m.getKey()) + " (" + m.getValue().size() + ")",
                        RenderContext.href(monthDir(year, m.getKey()))));
                count += m.getValue().size();
            }
            years.add(new YearView(year, RenderContext.href("archive/" + year + "/"), count, links));
        });
        int undated = ctx.archive().undated().size();
        ctx.page(
                "archive/",
                "archive.ftlh",
                ctx.pageView("Archive", "Every article by publication date.", "archive/", "website", "archive"),
                Map.of("years", years, "undatedCount", undated, "undatedHref", RenderContext.href("archive/undated/")));
    }

    private void tagIndex() {
        List<Link> tags = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (TagEntry t : ctx.archive().tags().values()) {
            tags.add(new Link(t.name(), RenderContext.href("tags/" + t.slug() + "/")));
            counts.add(t.articles().size());
        }
        ctx.page(
                "tags/",
                "tags.ftlh",
                ctx.pageView("Tags", "Every tag in the archive.", "tags/", "website", "tags"),
                Map.of("tags", tags, "counts", counts));
    }

    private static String monthDir(int year, int month) {
        return "archive/" + year + "/" + (month < 10 ? "0" : "") + month + "/";
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
