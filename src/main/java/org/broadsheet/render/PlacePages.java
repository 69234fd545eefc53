package org.broadsheet.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.broadsheet.index.PlaceEntry;
import org.broadsheet.model.Article;
import org.broadsheet.render.map.MapPlan;
import org.broadsheet.render.map.MapPoint;
import org.broadsheet.render.map.SvgMap;

/** {@code places/}: every place grouped by country; {@code places/<slug>/}: the place and its articles. */
public final class PlacePages {
    private final RenderContext ctx;
    private final Function<String, String> countryNames;

    /** @param countryNames ISO 3166-1 alpha-2 code to English name (null when unknown) */
    public PlacePages(RenderContext ctx, Function<String, String> countryNames) {
        this.ctx = ctx;
        this.countryNames = countryNames;
    }

    /** A country and its places, for the places index. */
    public record CountryGroup(String code, String name, List<PlaceView> places) {}

    public List<Runnable> tasks() {
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(this::index);
        for (PlaceEntry p : ctx.archive().places().all().values()) {
            String dir = PagePaths.place(p.slug());
            PlaceView view = view(p);
            for (RenderContext.ListPage<org.broadsheet.model.Article> page : ctx.paginate(dir, p.articles())) {
                tasks.add(() -> {
                    int n = page.pagination().number();
                    String where = where(p, view);
                    PageView pageView = ctx.pageView(
                            n == 1 ? where : where + " (page " + n + ")",
                            "Articles that mention " + where + ".",
                            page.dir(),
                            "website",
                            "places");
                    // the map is drawn from the place alone, so the place and its articles are the page's key
                    ctx.pageUnlessUnchanged(
                            page.dir(),
                            "place.ftlh",
                            pageView + "|" + view + "|" + page.pagination() + "|"
                                    + RenderContext.articlesKey(page.items()),
                            () -> pageView,
                            () -> withMap(
                                    Map.of(
                                            "place",
                                            view,
                                            "items",
                                            ctx.cards(page.items()),
                                            "pagination",
                                            page.pagination()),
                                    placeMap(p, where, RenderContext.rootFrom(page.dir()))));
                });
            }
        }
        tasks.addAll(new MapFiles(ctx).tasks(mapPlans()));
        return tasks;
    }

    private static String where(PlaceEntry p, PlaceView view) {
        return view.countryName() == null || "country".equals(p.kind())
                ? p.name()
                : p.name() + ", " + view.countryName();
    }

    /** Every outline file the site's maps show: the places index, each place page and each article's map. */
    private List<MapPlan> mapPlans() {
        List<MapPlan> plans = new ArrayList<>();
        List<MapPoint> index = indexPoints(
                ctx.archive().places().all().values().stream().map(this::view).toList());
        if (!index.isEmpty()) {
            plans.add(SvgMap.world(index));
        }
        for (PlaceEntry p : ctx.archive().places().all().values()) {
            MapPlan plan = placePlan(p);
            if (plan != null) {
                plans.add(plan);
            }
        }
        for (Article a : ctx.archive().articles()) {
            List<MapPoint> points = articlePoints(MapFiles.placesOf(a));
            if (!points.isEmpty()) {
                plans.add(SvgMap.around(points));
            }
        }
        return plans;
    }

    private void index() {
        Map<String, List<PlaceView>> byCountry = new TreeMap<>();
        for (PlaceEntry p : ctx.archive().places().all().values()) {
            PlaceView v = view(p);
            String key = v.countryName() == null ? "~" : v.countryName();
            byCountry.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }
        List<CountryGroup> groups = new ArrayList<>();
        List<PlaceView> all = new ArrayList<>();
        byCountry.forEach((name, places) -> {
            places.sort((a, b) -> a.mentions() != b.mentions()
                    ? b.mentions() - a.mentions()
                    : a.name().compareTo(b.name()));
            groups.add(new CountryGroup(places.get(0).country(), name.equals("~") ? "Regions" : name, places));
            all.addAll(places);
        });
        List<MapPoint> points = indexPoints(all);
        ctx.page(
                "places/",
                "places.ftlh",
                ctx.pageView("Places", "Every place the archive mentions, by country.", "places/", "website", "places"),
                withMap(
                        Map.of("countries", groups),
                        points.isEmpty()
                                ? null
                                : SvgMap.html(
                                        SvgMap.world(points),
                                        points,
                                        "Places mentioned in the archive",
                                        "../assets/maps/")));
    }

    /** The places index's points: every place but the regions, sized by its articles. */
    private static List<MapPoint> indexPoints(List<PlaceView> places) {
        List<MapPoint> points = new ArrayList<>();
        for (PlaceView v : places) {
            if (!"region".equals(v.kind())) {
                points.add(new MapPoint(v.lat(), v.lon(), v.name(), Math.max(1, v.articles())));
            }
        }
        return points;
    }

    /** The data with {@code mapHtml} added when there is a map (regions have none). */
    private static Map<String, Object> withMap(Map<String, Object> data, String mapHtml) {
        if (mapHtml == null) {
            return data;
        }
        Map<String, Object> out = new java.util.HashMap<>(data);
        out.put("mapSvg", mapHtml);
        return out;
    }

    /** The plan of a place page's map: a country's outline, or the place among its neighbours; none for regions. */
    private static MapPlan placePlan(PlaceEntry p) {
        if ("region".equals(p.kind())) {
            return null;
        }
        List<MapPoint> point = List.of(MapPoint.of(p.lat(), p.lon(), p.name()));
        return "country".equals(p.kind()) && p.country() != null
                ? SvgMap.country(p.country(), point)
                : SvgMap.around(point);
    }

    private static String placeMap(PlaceEntry p, String where, String root) {
        MapPlan plan = placePlan(p);
        if (plan == null) {
            return null;
        }
        // a country's page shows the country highlighted and named; a dot at its reference point would only repeat the
        // name
        List<MapPoint> points = plan.highlightsCountry() ? List.of() : List.of(MapPoint.of(p.lat(), p.lon(), p.name()));
        return SvgMap.html(plan, points, "Map of " + where, root + MapFiles.FOLDER);
    }

    /** The map of an article's places (regions such as "Europe" are left off), or null when there are none. */
    static String mapAround(List<PlaceView> places, String root, String title) {
        List<MapPoint> points = articlePoints(places);
        return points.isEmpty()
                ? null
                : SvgMap.html(SvgMap.around(points), points, "Places in “" + title + "”", root + MapFiles.FOLDER);
    }

    /**
     * The points of an article's map. Towns make the map; a country's centre point is only drawn when
     * the article names no town, since "the US" in an article about Mosul would otherwise zoom the map
     * out to the whole world.
     */
    static List<MapPoint> articlePoints(List<PlaceView> places) {
        boolean towns = places.stream().anyMatch(v -> !"region".equals(v.kind()) && !"country".equals(v.kind()));
        List<MapPoint> points = new ArrayList<>();
        for (PlaceView v : places) {
            if (!"region".equals(v.kind()) && !(towns && "country".equals(v.kind()))) {
                points.add(new MapPoint(v.lat(), v.lon(), v.name(), Math.max(1, v.mentions())));
            }
        }
        return points;
    }

    PlaceView view(PlaceEntry p) {
        String countryName = p.country() == null ? null : countryNames.apply(p.country());
        return new PlaceView(
                p.name(),
                p.country(),
                countryName,
                p.kind(),
                RenderContext.href(PagePaths.place(p.slug())),
                p.lat(),
                p.lon(),
                p.articles().size(),
                p.mentions());
    }
}
