package org.broadsheet.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.broadsheet.index.PersonEntry;
import org.broadsheet.index.PlaceEntry;
import org.broadsheet.model.Article;

/**
 * The front page ({@code index.html}): a lead story, the latest articles after it, and two small panels
 * showing what the archive holds, the most-quoted people and the most-covered places. Later pages of the
 * home list ({@code page/N.html}) are plain lists ({@link ListPages}).
 */
final class HomePage {
    /** People and places each panel shows. */
    static final int PANEL_SIZE = 5;

    private final RenderContext ctx;
    private final Function<String, String> countryNames;

    /** @param countryNames ISO 3166-1 alpha-2 code to English name (null when unknown) */
    HomePage(RenderContext ctx, Function<String, String> countryNames) {
        this.ctx = ctx;
        this.countryNames = countryNames;
    }

    /** A person or place in a panel: its name, where it is (places), its page and what the count counts. */
    public record PanelEntry(String name, String country, String href, int count, String countText) {}

    /**
     * The lead story: the newest article marked {@code featured: true} in its front matter, else the
     * newest article (the archive lists newest first, undated last); null for an empty archive.
     */
    static Article lead(List<Article> newestFirst) {
        for (Article a : newestFirst) {
            if (Boolean.TRUE.equals(a.params().get("featured"))) {
                return a;
            }
        }
        return newestFirst.isEmpty() ? null : newestFirst.get(0);
    }

    /** Renders page 1 of the home list: {@code latest} is that page's articles. */
    void render(RenderContext.ListPage<Article> first, PageView page) {
        Article lead = lead(ctx.archive().articles());
        List<Article> latest = new ArrayList<>(first.items());
        latest.remove(lead);
        ctx.page(
                first.dir(),
                "home.ftlh",
                page,
                Map.of(
                        "heading", ctx.site().title(),
                        "lead", lead == null ? List.of() : List.of(ctx.card(lead)),
                        "items", ctx.cards(latest),
                        "pagination", first.pagination(),
                        "topPeople", mostQuoted(),
                        "topPlaces", mostCovered(),
                        "peopleHref", RenderContext.href("people/"),
                        "placesHref", RenderContext.href("places/")));
    }

    /** People with at least one quote, most quotes first, then most articles, then by name. */
    List<PanelEntry> mostQuoted() {
        List<PersonEntry> quoted = new ArrayList<>();
        for (PersonEntry p : ctx.archive().people().all().values()) {
            if (!p.quotes().isEmpty()) {
                quoted.add(p);
            }
        }
        quoted.sort(Comparator.comparingInt((PersonEntry p) -> -p.quotes().size())
                .thenComparingInt(p -> -p.articles().size())
                .thenComparing(PersonEntry::name, String.CASE_INSENSITIVE_ORDER));
        List<PanelEntry> out = new ArrayList<>();
        for (PersonEntry p : quoted.subList(0, Math.min(PANEL_SIZE, quoted.size()))) {
            out.add(new PanelEntry(
                    p.name(),
                    null,
                    RenderContext.href(PagePaths.person(p.slug())),
                    p.quotes().size(),
                    p.quotes().size() == 1 ? "1 quote" : p.quotes().size() + " quotes"));
        }
        return out;
    }

    /** Places in the most articles, then with the most mentions, then by name. */
    List<PanelEntry> mostCovered() {
        List<PlaceEntry> places = new ArrayList<>(ctx.archive().places().all().values());
        places.sort(Comparator.comparingInt((PlaceEntry p) -> -p.articles().size())
                .thenComparingInt(p -> -p.mentions())
                .thenComparing(PlaceEntry::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(PlaceEntry::slug));
        List<PanelEntry> out = new ArrayList<>();
        for (PlaceEntry p : places.subList(0, Math.min(PANEL_SIZE, places.size()))) {
            String country = "country".equals(p.kind()) || p.country() == null ? null : countryNames.apply(p.country());
            int n = p.articles().size();
            out.add(new PanelEntry(
                    p.name(),
                    country,
                    RenderContext.href(PagePaths.place(p.slug())),
                    n,
                    n == 1 ? "1 article" : n + " articles"));
        }
        return out;
    }
}
