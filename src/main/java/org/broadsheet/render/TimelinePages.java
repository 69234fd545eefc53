package org.broadsheet.render;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.index.ArticleOrder;
import org.broadsheet.model.Article;
import org.broadsheet.model.TimelineEvent;

/**
 * {@code timeline/}: a bar chart of the dated events every article reports, by year and by month;
 * one page per year (paginated), its events grouped by month, each linking to its article. Events
 * whose year is unknown (from undated articles) have their own list.
 */
public final class TimelinePages {
    private final RenderContext ctx;

    public TimelinePages(RenderContext ctx) {
        this.ctx = ctx;
    }

    /** A year of the timeline, for the index: its link, events and month chart. */
    public record YearLink(String year, String href, int count, int withoutMonth, String monthsSvg) {}

    /** Events of one month on a year's page ({@code id} is the anchor the charts link to). */
    public record MonthGroup(String id, String heading, List<EventView> events) {}

    private record Dated(TimelineEvent event, Article article) {}

    public List<Runnable> tasks() {
        TreeMap<Integer, List<Dated>> byYear = new TreeMap<>();
        List<Dated> yearUnknown = new ArrayList<>();
        for (Article a : ctx.archive().articles()) {
            for (TimelineEvent e : a.events()) {
                Integer year = EventDates.year(e.value());
                (year == null ? yearUnknown : byYear.computeIfAbsent(year, y -> new ArrayList<>()))
                        .add(new Dated(e, a));
            }
        }
        List<Runnable> tasks = new ArrayList<>();
        List<YearLink> years = new ArrayList<>();
        List<YearLink> otherYears = new ArrayList<>();
        List<TimelineChart.YearBar> bars = new ArrayList<>();
        int[] range = chartRange(byYear);
        for (int year = range[0]; year <= range[1] && !byYear.isEmpty(); year++) {
            List<Dated> events = byYear.get(year);
            bars.add(new TimelineChart.YearBar(
                    year,
                    events == null ? 0 : events.size(),
                    events == null ? null : RenderContext.href("timeline/" + year + "/")));
        }
        byYear.descendingMap().forEach((year, events) -> {
            String dir = "timeline/" + year + "/";
            List<RenderContext.ListPage<Dated>> pages = ctx.paginate(dir, sorted(events));
            List<TimelineChart.MonthBar> months = months(pages);
            int withoutMonth = (int)
                    events.stream().filter(d -> month(d.event().value()) == 0).count();
            boolean monthly = withoutMonth < events.size();
            (monthly ? years : otherYears)
                    .add(new YearLink(
                            String.valueOf(year),
                            RenderContext.href(dir),
                            events.size(),
                            withoutMonth,
                            monthly ? TimelineChart.months(String.valueOf(year), withRoot(months, "../")) : null));
            tasks.addAll(list(pages, String.valueOf(year), monthly ? months : null));
        });
        if (!yearUnknown.isEmpty()) {
            tasks.addAll(list(ctx.paginate("timeline/undated/", sorted(yearUnknown)), "Year unknown", null));
        }
        String yearsSvg = bars.isEmpty() ? null : TimelineChart.years(withRootYears(bars, "../"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("years", years);
        data.put("otherYears", otherYears);
        data.put("unknownCount", yearUnknown.size());
        data.put("unknownHref", RenderContext.href("timeline/undated/"));
        if (yearsSvg != null) {
            data.put("yearsSvg", yearsSvg);
        }
        tasks.add(() -> ctx.page(
                "timeline/",
                "timeline.ftlh",
                ctx.pageView(
                        "Timeline",
                        "Dated events reported across the archive, by year and month.",
                        "timeline/",
                        "website",
                        "timeline"),
                data));
        return tasks;
    }

    /**
     * The years the chart spans: from the year of the 2nd percentile of events to that of the 98th,
     * so that a stray "by 2050" or "in 1805" does not squeeze the decades the archive is about into
     * a few pixels (those years keep their pages and are listed below the chart).
     */
    private static int[] chartRange(TreeMap<Integer, List<Dated>> byYear) {
        int total = byYear.values().stream().mapToInt(List::size).sum();
        int low = (int) Math.floor(total * 0.02);
        int high = Math.max(low, (int) Math.ceil(total * 0.98) - 1);
        int[] range = {0, -1};
        int seen = 0;
        for (Map.Entry<Integer, List<Dated>> e : byYear.entrySet()) {
            int next = seen + e.getValue().size();
            if (seen <= low && low < next) {
                range[0] = e.getKey();
            }
            if (seen <= high && high < next) {
                range[1] = e.getKey();
            }
            seen = next;
        }
        return range;
    }

    /** Date order, events known only by their year last; within one date, newest article first. */
    private static List<Dated> sorted(List<Dated> events) {
        List<Dated> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingInt((Dated d) -> month(d.event().value()) == 0 ? 1 : 0)
                .thenComparing((Dated d) -> d.event().value())
                .thenComparing(Dated::article, ArticleOrder.NEWEST_FIRST)
                .thenComparingInt(d -> d.event().start()));
        return sorted;
    }

    /** The month of a TIMEX3 value ("2017-11-19" gives 11), or 0 when it has none ("2017"). */
    static int month(String value) {
        return value.length() >= 7 && Character.isDigit(value.charAt(5)) && Character.isDigit(value.charAt(6))
                ? Integer.parseInt(value.substring(5, 7))
                : 0;
    }

    /** Each month's events and the page (from the site root) and anchor where they start. */
    private static List<TimelineChart.MonthBar> months(List<RenderContext.ListPage<Dated>> pages) {
        int[] counts = new int[13];
        String[] hrefs = new String[13];
        for (RenderContext.ListPage<Dated> page : pages) {
            for (Dated d : page.items()) {
                int m = month(d.event().value());
                counts[m]++;
                if (hrefs[m] == null) {
                    hrefs[m] = RenderContext.href(page.dir()) + "#" + anchor(m);
                }
            }
        }
        List<TimelineChart.MonthBar> out = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            out.add(new TimelineChart.MonthBar(m, counts[m], hrefs[m]));
        }
        return out;
    }

    private static List<TimelineChart.MonthBar> withRoot(List<TimelineChart.MonthBar> months, String root) {
        return months.stream()
                .map(m -> new TimelineChart.MonthBar(m.month(), m.count(), m.href() == null ? null : root + m.href()))
                .toList();
    }

    private static List<TimelineChart.YearBar> withRootYears(List<TimelineChart.YearBar> years, String root) {
        return years.stream()
                .map(y -> new TimelineChart.YearBar(y.year(), y.count(), y.href() == null ? null : root + y.href()))
                .toList();
    }

    private static String anchor(int month) {
        return month == 0 ? "year" : String.format(Locale.ROOT, "m%02d", month);
    }

    private List<Runnable> list(
            List<RenderContext.ListPage<Dated>> pages, String heading, List<TimelineChart.MonthBar> months) {
        List<Runnable> tasks = new ArrayList<>();
        for (RenderContext.ListPage<Dated> page : pages) {
            tasks.add(() -> {
                int n = page.pagination().number();
                String title = "Timeline: " + heading + (n == 1 ? "" : " (page " + n + ")");
                PageView pageView = ctx.pageView(
                        title, "Events reported for " + heading + ", by month.", page.dir(), "website", "timeline");
                String root = RenderContext.rootFrom(page.dir());
                String monthsSvg = months == null
                        ? null
                        : TimelineChart.months(
                                heading,
                                months.stream()
                                        .map(m -> new TimelineChart.MonthBar(
                                                m.month(), m.count(), m.href() == null ? null : root + m.href()))
                                        .toList());
                List<Article> articles = new ArrayList<>(page.items().size());
                StringBuilder starts = new StringBuilder();
                for (Dated d : page.items()) {
                    articles.add(d.article());
                    starts.append(d.event().start()).append(',');
                }
                ctx.pageUnlessUnchanged(
                        page.dir(),
                        "timeline-year.ftlh",
                        pageView + "|" + heading + "|" + page.pagination() + "|" + RenderContext.articlesKey(articles)
                                + starts + "|" + monthsSvg,
                        () -> pageView,
                        () -> {
                            Map<String, Object> data = new LinkedHashMap<>();
                            data.put("heading", heading);
                            data.put("groups", groups(page.items(), heading));
                            data.put("pagination", page.pagination());
                            if (monthsSvg != null) {
                                data.put("monthsSvg", monthsSvg);
                            }
                            return data;
                        });
            });
        }
        return tasks;
    }

    /** A page's events by month, in date order: "November 2017", or "November" when the year is unknown. */
    private List<MonthGroup> groups(List<Dated> events, String heading) {
        Map<Integer, List<EventView>> byMonth = new TreeMap<>(Comparator.comparingInt((Integer m) -> m == 0 ? 13 : m));
        for (Dated d : events) {
            byMonth.computeIfAbsent(month(d.event().value()), m -> new ArrayList<>())
                    .add(EventDates.view(d.event(), ctx.card(d.article())));
        }
        boolean yearKnown = !heading.equals("Year unknown");
        List<MonthGroup> groups = new ArrayList<>();
        byMonth.forEach((m, views) -> groups.add(new MonthGroup(
                anchor(m),
                m == 0
                        ? (yearKnown ? heading + ", month not given" : "Month not given")
                        : Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + (yearKnown ? " " + heading : ""),
                views)));
        return groups;
    }
}
