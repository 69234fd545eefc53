package org.broadsheet.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.model.Article;
import org.broadsheet.model.TimelineEvent;

/**
 * {@code timeline/}: the dated events every article reports, one page per year (paginated), each linking
 * to its article; events whose year is unknown (from undated articles) have their own list.
 */
public final class TimelinePages {
    private final RenderContext ctx;

    public TimelinePages(RenderContext ctx) {
        this.ctx = ctx;
    }

    /** A year of the timeline, for the index. */
    public record YearLink(String year, String href, int count) {
    }

    private record Dated(TimelineEvent event, Article article) {
    }

    public List<Runnable> tasks() {
        TreeMap<Integer, List<Dated>> byYear = new TreeMap<>(Comparator.reverseOrder());
        List<Dated> yearUnknown = new ArrayList<>();
        for (Article a : ctx.archive().articles()) {
            for (TimelineEvent e : a.events()) {
                Integer year = EventDates.year(e.value());
                (year == null ? yearUnknown : byYear.computeIfAbsent(year, y -> new ArrayList<>())).add(new Dated(e, a));
            }
        }
        List<Runnable> tasks = new ArrayList<>();
        List<YearLink> years = new ArrayList<>();
        byYear.forEach((year, events) -> {
            years.add(new YearLink(String.valueOf(year), RenderContext.href("timeline/" + year + "/"), events.size()));
            tasks.addAll(list("timeline/" + year + "/", String.valueOf(year), events));
        });
        if (!yearUnknown.isEmpty()) {
            tasks.addAll(list("timeline/undated/", "Year unknown", yearUnknown));
        }
        tasks.add(() -> ctx.page("timeline/", "timeline.ftlh", ctx.pageView("Timeline",
                "Dated events reported across the archive, by year.", "timeline/", "website", "timeline"),
                Map.of("years", years, "unknownCount", yearUnknown.size(),
                        "unknownHref", RenderContext.href("timeline/undated/"))));
        return tasks;
    }

    private List<EventView> views(List<Dated> events) {
        List<EventView> views = new ArrayList<>(events.size());
        for (Dated d : events) {
            views.add(EventDates.view(d.event(), ctx.card(d.article())));
        }
        return views;
    }

    private List<Runnable> list(String dir, String heading, List<Dated> events) {
        List<Dated> sorted = new ArrayList<>(events);
        // date order; within one date, newest article first
        sorted.sort(Comparator.comparing((Dated d) -> d.event().value())
                .thenComparing(d -> d.article(), org.broadsheet.index.ArticleOrder.NEWEST_FIRST)
                .thenComparingInt(d -> d.event().start()));
        List<Runnable> tasks = new ArrayList<>();
        for (RenderContext.ListPage<Dated> page : ctx.paginate(dir, sorted)) {
            tasks.add(() -> {
                int n = page.pagination().number();
                String title = "Timeline: " + heading + (n == 1 ? "" : " (page " + n + ")");
                PageView pageView = ctx.pageView(title, "Events reported for " + heading + ".", page.dir(), "website",
                        "timeline");
                List<Article> articles = new ArrayList<>(page.items().size());
                StringBuilder starts = new StringBuilder();
                for (Dated d : page.items()) {
                    articles.add(d.article());
                    starts.append(d.event().start()).append(',');
                }
                ctx.pageUnlessUnchanged(page.dir(), "timeline-year.ftlh", pageView + "|" + heading + "|"
                                + page.pagination() + "|" + RenderContext.articlesKey(articles) + starts,
                        () -> pageView,
                        () -> Map.of("heading", heading, "events", views(page.items()), "pagination", page.pagination()));
            });
        }
        return tasks;
    }
}
