package org.broadsheet.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code quotes/}: who said what across the archive, newest first, paginated. */
public final class QuotePages {
    private final RenderContext ctx;

    public QuotePages(RenderContext ctx) {
        this.ctx = ctx;
    }

    public List<Runnable> tasks() {
        List<Runnable> tasks = new ArrayList<>();
        List<QuoteView> all = PeoplePages.quoteViews(ctx, ctx.archive().quotes());
        for (RenderContext.ListPage<QuoteView> page : ctx.paginate("quotes/", all)) {
            tasks.add(() -> {
                int n = page.pagination().number();
                ctx.page(page.dir(), "quotes.ftlh", ctx.pageView(n == 1 ? "Quotes" : "Quotes (page " + n + ")",
                        "Who said what across the archive.", page.dir(), "website", "quotes"),
                        Map.of("quotes", page.items(), "pagination", page.pagination()));
            });
        }
        return tasks;
    }
}
