package org.broadsheet.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.broadsheet.index.People;
import org.broadsheet.index.PersonEntry;
import org.broadsheet.index.QuoteRef;
import org.broadsheet.model.Article;
import org.broadsheet.model.Person;
import org.broadsheet.model.Quote;

/**
 * A person over time, for the first page of their person page ({@code history} in person.ftlh): the roles
 * the articles give them, oldest first, each with the first article that gives it; the first and the last
 * article quoting them; their quotes by month; and the people most often quoted in the same articles.
 *
 * @param roles      distinct roles (case aside), oldest first
 * @param firstQuoted the earliest dated article quoting them, or null
 * @param lastQuoted  the latest, or null (also null when it is the first)
 * @param quotesSvg   bar chart of dated quotes by month, from the first month to the last; null when they
 *                    all fall in one month
 * @param quotedWith  up to five people quoted in the most of the same articles, most first
 */
public record PersonHistory(
        List<RoleView> roles,
        ArticleCard firstQuoted,
        ArticleCard lastQuoted,
        String quotesSvg,
        List<QuotedWith> quotedWith) {
    /** How many people "quoted with" lists. */
    static final int QUOTED_WITH = 5;
    /** Past this many months (twenty years) a chart by month is too fine to read, and none is drawn. */
    private static final int MAX_MONTHS = 240;

    /** What later pages of a person show of their history: nothing. */
    static final PersonHistory NONE = new PersonHistory(List.of(), null, null, null, List.of());

    /** A role ("Harbour master") and the first article that gives it. */
    public record RoleView(String role, ArticleCard article) {}

    /** Someone quoted in {@code articles} of the same articles. */
    public record QuotedWith(String name, String href, int articles) {}

    /** @param slugs a person's page slug by name ({@link People#slugFor}, remembered across a build's pages) */
    static PersonHistory of(RenderContext ctx, PersonEntry p, Function<String, String> slugs) {
        return new PersonHistory(
                roles(ctx, p, slugs),
                card(ctx, DataRows.firstQuotedArticle(p)),
                DataRows.firstQuotedArticle(p) == DataRows.lastQuotedArticle(p)
                        ? null
                        : card(ctx, DataRows.lastQuotedArticle(p)),
                chart(p),
                quotedWith(ctx, p, slugs));
    }

    private static ArticleCard card(RenderContext ctx, Article a) {
        return a == null ? null : ctx.card(a);
    }

    private static List<RoleView> roles(RenderContext ctx, PersonEntry p, Function<String, String> slugs) {
        Map<String, RoleView> roles = new LinkedHashMap<>();
        List<Article> oldestFirst = new ArrayList<>();
        for (int i = p.articles().size() - 1; i >= 0; i--) {
            if (p.articles().get(i).date() != null) {
                oldestFirst.add(p.articles().get(i));
            }
        }
        p.articles().stream().filter(a -> a.date() == null).forEach(oldestFirst::add);
        for (Article a : oldestFirst) {
            for (Person named : a.extraction().people()) {
                if (named.role() != null && slugs.apply(named.name()).equals(p.slug())) {
                    roles.putIfAbsent(named.role().toLowerCase(Locale.ROOT), new RoleView(named.role(), ctx.card(a)));
                }
            }
        }
        return new ArrayList<>(roles.values());
    }

    private static String chart(PersonEntry p) {
        TreeMap<YearMonth, Integer> byMonth = new TreeMap<>();
        for (QuoteRef q : p.quotes()) {
            LocalDate d = q.article().date();
            if (d != null) {
                byMonth.merge(YearMonth.from(d), 1, Integer::sum);
            }
        }
        if (byMonth.size() < 2) {
            return null;
        }
        List<TimelineChart.MonthCount> months = new ArrayList<>();
        for (YearMonth m = byMonth.firstKey(); !m.isAfter(byMonth.lastKey()); m = m.plusMonths(1)) {
            months.add(new TimelineChart.MonthCount(m, byMonth.getOrDefault(m, 0)));
            if (months.size() > MAX_MONTHS) {
                return null;
            }
        }
        return TimelineChart.quotesByMonth(months);
    }

    private static List<QuotedWith> quotedWith(RenderContext ctx, PersonEntry p, Function<String, String> slugs) {
        Map<String, Integer> counts = new TreeMap<>();
        // by identity: an article's own hash code would hash everything analysis found in it
        Set<Article> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (QuoteRef ref : p.quotes()) {
            Article a = ref.article();
            if (!seen.add(a)) {
                continue;
            }
            Set<String> others = new HashSet<>();
            for (Quote q : a.extraction().quotes()) {
                if (q.speaker() != null
                        && People.hasPage(a, q)
                        && !slugs.apply(q.speaker()).equals(p.slug())) {
                    others.add(slugs.apply(q.speaker()));
                }
            }
            others.forEach(slug -> counts.merge(slug, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .sorted((x, y) -> y.getValue() - x.getValue())
                .limit(QUOTED_WITH)
                .map(e -> {
                    PersonEntry other = ctx.archive().people().all().get(e.getKey());
                    return new QuotedWith(other.name(), PeoplePages.view(other).href(), e.getValue());
                })
                .toList();
    }
}
