package org.broadsheet.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.broadsheet.index.PlaceEntry;

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
            for (RenderContext.ListPage<ArticleCard> page : ctx.paginate(dir, ctx.cards(p.articles()))) {
                tasks.add(() -> {
                    int n = page.pagination().number();
                    String where = view.countryName() == null || "country".equals(p.kind()) ? p.name()
                            : p.name() + ", " + view.countryName();
                    ctx.page(page.dir(), "place.ftlh", ctx.pageView(n == 1 ? where : where + " (page " + n + ")",
                            "Articles that mention " + where + ".", page.dir(), "website", "places"),
                            Map.of("place", view, "items", page.items(), "pagination", page.pagination()));
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
        ctx.page("places/", "places.ftlh", ctx.pageView("Places", "Every place the archive mentions, by country.",
                "places/", "website", "places"), Map.of("countries", groups));
    }

    private PlaceView view(PlaceEntry p) {
        String countryName = p.country() == null ? null : countryNames.apply(p.country());
        return new PlaceView(p.name(), p.country(), countryName, p.kind(), RenderContext.href("places/" + p.slug() + "/"),
                p.lat(), p.lon(), p.articles().size(), p.mentions());
    }
}
