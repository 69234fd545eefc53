package org.broadsheet.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.broadsheet.index.PlaceEntry;
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
    public record CountryGroup(String code, String name, List<PlaceView> places) {
    }

    public List<Runnable> tasks() {
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(this::index);
        for (PlaceEntry p : ctx.archive().places().all().values()) {
            String dir = "places/" + p.slug() + "/";
            PlaceView view = view(p);
            for (RenderContext.ListPage<org.broadsheet.model.Article> page : ctx.paginate(dir, p.articles())) {
                tasks.add(() -> {
                    int n = page.pagination().number();
                    String where = view.countryName() == null || "country".equals(p.kind()) ? p.name()
                            : p.name() + ", " + view.countryName();
                    PageView pageView = ctx.pageView(n == 1 ? where : where + " (page " + n + ")",
                            "Articles that mention " + where + ".", page.dir(), "website", "places");
                    // the map is drawn from the place alone, so the place and its articles are the page's key
                    ctx.pageUnlessUnchanged(page.dir(), "place.ftlh", pageView + "|" + view + "|" + page.pagination()
                                    + "|" + RenderContext.articlesKey(page.items()),
                            () -> pageView,
                            () -> withMap(Map.of("place", view, "items", ctx.cards(page.items()),
                                    "pagination", page.pagination()), placeMap(p, view)));
                });
            }
        }
        return tasks;
    }

    private void index() {
        Map<String, List<PlaceView>> byCountry = new TreeMap<>();
        for (PlaceEntry p : ctx.archive().places().all().values()) {
            PlaceView v = view(p);
            String key = v.countryName() == null ? "~" : v.countryName();
            byCountry.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }
        List<CountryGroup> groups = new ArrayList<>();
        byCountry.forEach((name, places) -> {
            places.sort((a, b) -> a.mentions() != b.mentions() ? b.mentions() - a.mentions() : a.name().compareTo(b.name()));
            groups.add(new CountryGroup(places.get(0).country(), name.equals("~") ? "Regions" : name, places));
        });
        List<MapPoint> points = new ArrayList<>();
        for (CountryGroup g : groups) {
            for (PlaceView v : g.places()) {
                if (!"region".equals(v.kind())) {
                    points.add(new MapPoint(v.lat(), v.lon(), v.name(), "../" + v.href(), Math.max(1, v.articles())));
                }
            }
        }
        ctx.page("places/", "places.ftlh", ctx.pageView("Places", "Every place the archive mentions, by country.",
                "places/", "website", "places"), withMap(Map.of("countries", groups),
                points.isEmpty() ? null : SvgMap.world(points, "Places mentioned in the archive")));
    }

    /** The data with {@code mapSvg} added when there is a map (regions have none). */
    private static Map<String, Object> withMap(Map<String, Object> data, String mapSvg) {
        if (mapSvg == null) {
            return data;
        }
        Map<String, Object> out = new java.util.HashMap<>(data);
        out.put("mapSvg", mapSvg);
        return out;
    }

    /** The map of one place page: a country's outline, or the place among its neighbours. */
    private static String placeMap(PlaceEntry p, PlaceView view) {
        if ("region".equals(p.kind())) {
            return null;
        }
        List<MapPoint> point = List.of(MapPoint.of(p.lat(), p.lon(), p.name()));
        return "country".equals(p.kind()) && p.country() != null
                ? SvgMap.country(p.country(), point, "Map of " + p.name())
                : SvgMap.around(point, "Map of " + (view.countryName() == null ? p.name() : p.name() + ", " + view.countryName()));
    }

    /** The map of an article's places (regions such as "Europe" are left off), or null when there are none. */
    static String mapAround(List<PlaceView> places, String root, String title) {
        // towns make the map; a country's centre point is only drawn when the article names no town, since
        // "the US" in an article about Mosul would otherwise zoom the map out to the whole world
        boolean towns = places.stream().anyMatch(v -> !"region".equals(v.kind()) && !"country".equals(v.kind()));
        List<MapPoint> points = new ArrayList<>();
        for (PlaceView v : places) {
            if (!"region".equals(v.kind()) && !(towns && "country".equals(v.kind()))) {
                points.add(new MapPoint(v.lat(), v.lon(), v.name(), v.href() == null ? null : root + v.href(),
                        Math.max(1, v.mentions())));
            }
        }
        return points.isEmpty() ? null : SvgMap.around(points, "Places in “" + title + "”");
    }

    private PlaceView view(PlaceEntry p) {
        String countryName = p.country() == null ? null : countryNames.apply(p.country());
        return new PlaceView(p.name(), p.country(), countryName, p.kind(), RenderContext.href("places/" + p.slug() + "/"),
                p.lat(), p.lon(), p.articles().size(), p.mentions());
    }
}
