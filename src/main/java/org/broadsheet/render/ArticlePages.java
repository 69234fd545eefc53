package org.broadsheet.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.index.Archive;
import org.broadsheet.index.People;
import org.broadsheet.index.PlaceEntry;
import org.broadsheet.markdown.AnnotationInserter;
import org.broadsheet.markdown.ArticleLinks;
import org.broadsheet.markdown.ArticleParser;
import org.broadsheet.model.Article;
import org.broadsheet.model.FrontMatter;
import org.broadsheet.model.Person;
import org.broadsheet.model.PlaceMention;
import org.broadsheet.model.Quote;
import org.broadsheet.model.QuoteKind;

/**
 * Article pages: {@code articles/<slug>.html} and its extract JSON {@code articles/<slug>.json}. The body
 * is parsed again here, one article at a time, so the build never holds every article's HTML.
 */
public final class ArticlePages {
    private final RenderContext ctx;
    private final ArticleParser parser;
    private final ExtractionJson json;
    private final ObjectMapper mapper;

    public ArticlePages(RenderContext ctx, ArticleParser parser, ObjectMapper mapper) {
        this.ctx = ctx;
        this.parser = parser;
        this.mapper = mapper;
        this.json = new ExtractionJson(mapper);
    }

    public void render(Article a) {
        String dir = a.path();
        Body body = new Body(a);
        boolean rendered = ctx.pageUnlessUnchanged(
                dir,
                "article.ftlh",
                inputs(a),
                () -> new PageView(
                        a.title(),
                        a.summary(),
                        dir,
                        ctx.canonical(dir),
                        "article",
                        "article",
                        a.params(),
                        JsonLd.newsArticle(mapper, a, ctx.canonical(dir), ctx.site())),
                () -> Map.of("article", view(a, body.text(), dir)));
        if (!rendered && ctx.output().reuse(a.dataPath(), ctx.key("json", a.contentHash(), a.slug(), a.source()))) {
            return;
        }
        try {
            ctx.output()
                    .write(
                            a.dataPath(),
                            mapper.writeValueAsString(
                                            json.toJson(a.slug(), a.title(), a.date(), body.text(), a.extraction()))
                                    + "\n",
                            ctx.key("json", a.contentHash(), a.slug(), a.source()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Everything an article page shows besides the article file itself: its neighbours by date, its related
     * articles and the pages its people and places link to.
     */
    private String inputs(Article a) {
        StringBuilder s = new StringBuilder(a.contentHash())
                .append('|')
                .append(a.slug())
                .append('|')
                .append(a.source());
        Article older = ctx.archive().older(a);
        Article newer = ctx.archive().newer(a);
        s.append('|').append(older == null ? "" : older.slug() + ":" + older.title());
        s.append('|').append(newer == null ? "" : newer.slug() + ":" + newer.title());
        for (Person p : a.extraction().people()) {
            s.append('|').append(p.name()).append(ctx.archive().people().get(p.name()) == null ? '-' : '+');
        }
        for (Article r : ctx.archive().related(a)) {
            s.append("|related:").append(r.slug()).append(':').append(r.contentHash());
        }
        for (PlaceMention p : a.extraction().places()) {
            String slug = ctx.archive().places().slugFor(p.id());
            PlaceEntry entry =
                    slug == null ? null : ctx.archive().places().all().get(slug);
            s.append('|').append(p.id()).append('=').append(slug).append(':').append(entry == null ? "" : entry.name());
        }
        return s.toString();
    }

    /** The article's body, read (from its file, for an article loaded from one) at most once per page. */
    private static final class Body {
        private final Article article;
        private String text;

        Body(Article article) {
            this.article = article;
        }

        String text() {
            if (text == null) {
                text = article.body();
            }
            return text;
        }
    }

    private ArticleView view(Article a, String text, String dir) {
        String root = RenderContext.rootFrom(dir);
        Archive archive = ctx.archive();
        FrontMatter fm = a.frontMatter();
        Document doc = a.markdown() ? parser.parseMarkdown(text) : parser.parsePlainText(text);
        if (a.markdown() && fm.title() == null) {
            ArticleParser.takeLeadingHeading(doc);
        }
        AnnotationInserter.insert(doc, a.extraction());
        String body = parser.render(doc, new Links(root, archive));
        List<PlaceView> places = places(a);
        Article older = archive.older(a);
        Article newer = archive.newer(a);
        return new ArticleView(
                a.title(),
                a.titleDerived(),
                RenderContext.isoDate(a.date()),
                RenderContext.humanDate(a.date()),
                RenderContext.isoDate(fm.updated()),
                RenderContext.humanDate(fm.updated()),
                fm.author(),
                fm.source(),
                safeUrl(fm.url()),
                fm.lang(),
                a.summary(),
                ctx.card(a).tags(),
                body,
                quotes(a),
                people(a),
                places,
                PlacePages.mapAround(places, root, a.title()),
                events(a),
                older == null ? null : new Link(older.title(), RenderContext.href(older.path())),
                newer == null ? null : new Link(newer.title(), RenderContext.href(newer.path())),
                ctx.cards(archive.related(a)),
                a.params(),
                a.source(),
                a.dataPath().substring("articles/".length()));
    }

    private static List<EventView> events(Article a) {
        List<EventView> out = new ArrayList<>();
        for (org.broadsheet.model.TimelineEvent e : a.events()) {
            out.add(EventDates.view(e, null));
        }
        return out;
    }

    private List<QuoteView> quotes(Article a) {
        List<QuoteView> out = new ArrayList<>();
        for (Quote q : a.extraction().quotes()) {
            if (q.kind() == QuoteKind.SCARE) {
                continue;
            }
            String href =
                    People.hasPage(a, q) ? RenderContext.href(PagePaths.person(People.slugFor(q.speaker()))) : null;
            out.add(new QuoteView(QuoteText.of(q), q.kind().label(), q.speaker(), href, null));
        }
        return out;
    }

    private List<PersonView> people(Article a) {
        List<PersonView> out = new ArrayList<>();
        for (Person p : a.extraction().people()) {
            // counts are this article's own: archive-wide ones would make every article page depend on the whole
            // archive
            long quotes = a.extraction().quotes().stream()
                    .filter(q -> p.name().equals(q.speaker()))
                    .count();
            out.add(new PersonView(
                    p.name(),
                    p.role(),
                    ctx.archive().people().get(p.name()) == null
                            ? null
                            : RenderContext.href(PagePaths.person(People.slugFor(p.name()))),
                    (int) quotes,
                    1,
                    p.mentions().size()));
        }
        return out;
    }

    private List<PlaceView> places(Article a) {
        Map<String, PlaceView> unique = new LinkedHashMap<>();
        for (PlaceMention p : a.extraction().places()) {
            String slug = ctx.archive().places().slugFor(p.id());
            PlaceEntry entry =
                    slug == null ? null : ctx.archive().places().all().get(slug);
            PlaceView previous = unique.get(p.id());
            unique.put(
                    p.id(),
                    new PlaceView(
                            entry == null ? p.name() : entry.name(),
                            p.country(),
                            org.broadsheet.analysis.places.Gazetteer.countryName(p.country()),
                            p.kind(),
                            slug == null ? null : RenderContext.href(PagePaths.place(slug)),
                            p.lat(),
                            p.lon(),
                            1,
                            previous == null ? 1 : previous.mentions() + 1));
        }
        return new ArrayList<>(unique.values());
    }

    /** Only http(s) links to the original; anything else (javascript:, data:) is dropped. */
    static String safeUrl(String url) {
        return url != null && url.matches("(?i)https?://\\S+") ? url : null;
    }

    /** Links from an article page's body to person and place pages. */
    private record Links(String root, Archive archive) implements ArticleLinks {
        @Override
        public String personHref(String fullName) {
            return archive.people().get(fullName) == null
                    ? null
                    : root + RenderContext.href(PagePaths.person(People.slugFor(fullName)));
        }

        @Override
        public String placeHref(String placeId) {
            String slug = archive.places().slugFor(placeId);
            return slug == null ? null : root + RenderContext.href(PagePaths.place(slug));
        }
    }
}
