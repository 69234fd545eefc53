package org.broadsheet.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.broadsheet.analysis.places.Gazetteer;
import org.broadsheet.index.Archive;
import org.broadsheet.markdown.ArticleParser;
import org.broadsheet.model.Article;
import org.broadsheet.model.Problem;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.output.OutputFolder;
import org.broadsheet.render.ArticlePages;
import org.broadsheet.render.ListPages;
import org.broadsheet.render.OpenDataFiles;
import org.broadsheet.render.PeoplePages;
import org.broadsheet.render.PlacePages;
import org.broadsheet.render.QuotePages;
import org.broadsheet.render.RenderContext;
import org.broadsheet.render.SearchIndexFiles;
import org.broadsheet.render.SiteFiles;
import org.broadsheet.render.SiteView;
import org.broadsheet.render.Templates;
import org.broadsheet.render.ThemeAssets;
import org.broadsheet.render.TimelinePages;

/** Renders every page of an archive into an output folder, in parallel; the sitemap last, from what was rendered. */
final class SiteRenderer {
    /** The credits the bundled data asks for, shown in every page footer. */
    static final String ATTRIBUTION = attribution();

    private final BuildOptions options;
    private final SiteConfig config;
    private final Archive archive;
    private final ArticleParser parser;
    private final ObjectMapper mapper;
    private final Consumer<Problem> problems;
    private final String fingerprint;

    private final Templates templates;

    /**
     * @param fingerprint what every page depends on besides its own data: see {@link #fingerprint}
     * @param templates   the site's templates over the theme's, made for that fingerprint
     */
    SiteRenderer(
            BuildOptions options,
            SiteConfig config,
            Archive archive,
            ArticleParser parser,
            ObjectMapper mapper,
            Consumer<Problem> problems,
            String fingerprint,
            Templates templates) {
        this.fingerprint = fingerprint;
        this.templates = templates;
        this.options = options;
        this.config = config;
        this.archive = archive;
        this.parser = parser;
        this.mapper = mapper;
        this.problems = problems;
    }

    private static String attribution() {
        try (var in = SiteRenderer.class.getResourceAsStream("/gazetteer/ATTRIBUTION.txt")) {
            String places =
                    in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            return places + " Maps made with Natural Earth (public domain).";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The program and the site's settings: what every page depends on besides its own data and its
     * templates (whose hash each page key carries: see {@link Templates#sourceHash}).
     */
    static String fingerprint(SiteConfig config) {
        return ProgramFingerprint.value() + "|" + config;
    }

    /** The search index, in its own transaction after the pages. */
    void renderSearchIndex(OutputFolder output, Runnable checkpoint) throws IOException {
        new SearchIndexFiles(context(output)).write(checkpoint);
    }

    private RenderContext context(OutputFolder output) throws IOException {
        SiteView site = new SiteView(
                config.title(),
                config.description(),
                config.language(),
                config.baseUrl(),
                config.author(),
                "Broadsheet",
                ATTRIBUTION,
                RenderContext.href(org.broadsheet.render.OpenDataFiles.DIR));
        return new RenderContext(templates, output, config, site, archive, problems, fingerprint);
    }

    /** The pages of these articles only (and their JSON), for a rebuild that changed nothing else. */
    void renderArticles(OutputFolder output, List<Article> edited) throws IOException {
        ArticlePages articles = new ArticlePages(context(output), parser, mapper);
        edited.parallelStream().forEach(a -> ArticleFailure.render(a, output, problems, () -> articles.render(a)));
    }

    /** Every page and file of the site but the search index. */
    void renderPages(OutputFolder output) throws IOException {
        RenderContext ctx = context(output);
        ThemeAssets.copy(options.templates(), output);

        List<Runnable> tasks = new ArrayList<>();
        ArticlePages articles = new ArticlePages(ctx, parser, mapper);
        for (Article a : archive.articles()) {
            tasks.add(() -> ArticleFailure.render(a, output, problems, () -> articles.render(a)));
        }
        tasks.addAll(new ListPages(ctx).tasks());
        tasks.addAll(new PeoplePages(ctx).tasks());
        tasks.addAll(new QuotePages(ctx).tasks());
        tasks.addAll(new TimelinePages(ctx).tasks());
        PlacePages places = new PlacePages(ctx, Gazetteer::countryName);
        tasks.addAll(places.tasks());
        tasks.addAll(new OpenDataFiles(ctx, mapper, places).tasks());
        SiteFiles siteFiles = new SiteFiles(ctx);
        tasks.addAll(siteFiles.pageTasks());
        tasks.parallelStream().forEach(Runnable::run);
        siteFiles.sitemap(ctx.renderedPages());
    }
}
