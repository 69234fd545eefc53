package org.broadsheet.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.broadsheet.index.QuoteRef;

/** {@code quotes/}: who said what across the archive, newest first, paginated. */
public final class QuotePages {
    private final RenderContext ctx;

    public QuotePages(RenderContext ctx) {
        this.ctx = ctx;
    }

    public List<Runnable> tasks() {
        List<Runnable> tasks = new ArrayList<>();
        for (RenderContext.ListPage<QuoteRef> page :
                ctx.paginate("quotes/", ctx.archive().quotes())) {
            tasks.add(() -> {
                int n = page.pagination().number();
                PageView pageView = ctx.pageView(
                        n == 1 ? "Quotes" : "Quotes (page " + n + ")",
                        "Who said what across the archive.",
                        page.dir(),
                        "website",
                        "quotes");
                List<org.broadsheet.model.Article> articles = new ArrayList<>();
                StringBuilder starts = new StringBuilder();
                for (QuoteRef q : page.items()) {
                    articles.add(q.article());
                    starts.append(q.quote().start()).append(',');
                }
                ctx.pageUnlessUnchanged(
                        page.dir(),
                        "quotes.ftlh",
                        pageView + "|" + page.pagination() + "|" + RenderContext.articlesKey(articles) + starts,
                        () -> pageView,
                        () -> Map.of(
                                "quotes", PeoplePages.quoteViews(ctx, page.items()), "pagination", page.pagination()));
            });
        }
        return tasks;
    }
}
