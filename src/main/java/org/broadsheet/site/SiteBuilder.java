package org.broadsheet.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.broadsheet.analysis.Analyzer;
import org.broadsheet.content.ContentProblem;
import org.broadsheet.content.ContentScanner;
import org.broadsheet.content.SiteConfigLoader;
import org.broadsheet.content.SourceFile;
import org.broadsheet.index.Archive;
import org.broadsheet.index.SlugAssigner;
import org.broadsheet.markdown.ArticleParser;
import org.broadsheet.model.Article;
import org.broadsheet.model.Problem;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.output.OutputFolder;
import org.broadsheet.output.OutputLock;
import org.broadsheet.render.Templates;

/**
 * Runs the pipeline: scan, load and analyse every article (in parallel), index the archive, render
 * every page (in parallel) into a staged output folder, and commit it. Bad articles and broken
 * templates are reported and skipped; anything worse leaves the previous site as it was.
 * <p>
 * One builder can build many times (serve): it keeps the articles it loaded, its parsed templates and
 * what its last build committed, so a rebuild told which files changed reads only those, and a
 * rebuild in which only article bodies changed renders only those articles' pages ({@link BodyOnlyEdits}).
 */
public final class SiteBuilder {
    private final BuildOptions options;
    private final Analyzer analyzer;
    private boolean bodiesFromFiles;
    private final ObjectMapper mapper = new ObjectMapper();
    /** Articles loaded by earlier builds of this builder (serve), reused while their file is unchanged. */
    private final LoadedArticles loaded = new LoadedArticles();

    /** What the last build of this builder committed (serve), so an edit to one body re-renders one page. */
    private volatile LastBuild last;

    /** The templates of the last build: parsed templates are kept while the templates folder is unchanged. */
    private Templates templates;

    /** Under serve: the search index is made after each build returns, on a thread of its own. */
    private BackgroundSearchIndex background;

    /** The output folder's lock while serve holds it; null when each build takes it for itself. */
    private OutputLock heldLock;

    private Path work;

    public SiteBuilder(BuildOptions options) {
        this(options, new Analyzer());
    }

    /**
     * For a builder that builds once (the build command): article bodies are not held for the build but
     * read again from their files when a page needs them ({@link FileBody}), so an archive's text need not
     * fit in memory. A builder that builds again (serve) holds them, so an article whose file breaks while
     * being edited keeps its last good version.
     */
    public SiteBuilder readingBodiesFromFiles() {
        this.bodiesFromFiles = true;
        return this;
    }

    public SiteBuilder(BuildOptions options, Analyzer analyzer) {
        this.options = Objects.requireNonNull(options, "options");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /**
     * Makes the search index in the background after each build has committed its pages (serve), so a
     * build returns as soon as the pages are on disk; a newer build gives up an index still being made.
     *
     * @param failures told when an index could not be made (the last good one stays)
     */
    public SiteBuilder searchIndexInBackground(Consumer<String> failures) {
        this.background = new BackgroundSearchIndex(failures);
        return this;
    }

    /** Gives up background work and waits for it to stop; for serve's shutdown. */
    public void stopBackgroundWork() {
        if (background != null) {
            background.cancelAndWait();
        }
    }

    /** Waits until background work is done, the search index on disk. */
    public void awaitBackgroundWork() {
        if (background != null) {
            background.await();
        }
    }

    public BuildReport build() throws BuildFailure, IOException {
        return build(null, () -> {});
    }

    /**
     * Builds the site again after changes (serve).
     *
     * @param changed     the files that changed since the last build of this builder, when the caller
     *                    knows them (a file watcher); null to look at every file. When they are all
     *                    articles the last build read, the content folder is not scanned again and
     *                    only those files are read.
     * @param pagesWritten runs as soon as the pages are on disk, before the search index is made
     */
    public BuildReport build(Set<Path> changed, Runnable pagesWritten) throws BuildFailure, IOException {
        long started = System.nanoTime();
        FolderGuards.check(options);
        OutputLock lock = heldLock != null ? null : lock();
        try {
            if (background != null) {
                background.cancelAndWait(); // its commit must not run beside the recovery below, nor this build's
            }
            // a commit a killed build left half-done is finished before anything reads the output
            OutputFolder.recover(options.output(), work());
            return build(changed, pagesWritten, started);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    /**
     * Holds the output folder's lock until {@link #releaseOutputLock()}, so no other build or serve
     * writes it in between (serve holds it while it runs); a build of this builder needs no other.
     */
    public synchronized void holdOutputLock() throws BuildFailure, IOException {
        FolderGuards.check(options);
        if (heldLock == null) {
            heldLock = lock();
        }
    }

    public synchronized void releaseOutputLock() throws IOException {
        if (heldLock != null) {
            heldLock.close();
            heldLock = null;
        }
    }

    private OutputLock lock() throws BuildFailure, IOException {
        try {
            return OutputLock.acquire(options.output(), work());
        } catch (OutputLock.Held e) {
            throw new BuildFailure(e.getMessage(), true);
        }
    }

    /** The output's work folder (staging, journal, lock), outside the output on its file system. */
    private synchronized Path work() throws IOException {
        if (work == null) {
            work = OutputFolder.workFolder(options.site(), options.output());
        }
        return work;
    }

    private BuildReport build(Set<Path> changed, Runnable pagesWritten, long started) throws BuildFailure, IOException {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        SiteConfig config = loadConfig();
        if (background != null) {
            background.cancelAndWait(); // the index of the last edit: this build makes a newer one
        }
        LastBuild before = this.last;
        this.last = null; // until this build has committed
        Sources sources = before != null && before.readAgainOnly(changed, options.content())
                ? before.sources().readAgain(changed)
                : scan();
        String templatesFingerprint = Templates.folderFingerprint(options.templates());
        // a first build outside serve: when nothing it reads changed since the last one, the site is as it was
        BuildStamp stamp = background == null && before == null
                ? BuildStamp.of(options, config, templatesFingerprint, sources.files())
                : null;
        if (stamp != null && !options.clean()) {
            BuildStamp.Last same = stamp.unchanged(options.output());
            if (same != null) {
                BuildTrace.stage("nothing changed", started);
                return new BuildReport(
                        same.articles(),
                        0,
                        0,
                        same.files(),
                        0,
                        same.problems(),
                        (System.nanoTime() - started) / 1_000_000,
                        true);
            }
        }
        if (stamp != null) {
            stamp.forget();
        }
        analyzer.prepareInBackground(); // the gazetteer loads on the other core while files are read
        ArticleParser parser = new ArticleParser(config.unsafeHtml(), config.linkEveryMention());
        ArticleLoader loader = new ArticleLoader(
                parser,
                analyzer,
                new AnalysisCache(options.site().resolve(".broadsheet/cache/analysis"), mapper),
                sources.problems()::add,
                bodiesFromFiles);
        List<Article> articles = loadArticles(sources, loader, changed, problems);
        BuildTrace.stage("load", started);
        Templates templates = templatesFor(templatesFingerprint);
        String fingerprint = SiteRenderer.fingerprint(config);
        Function<Archive, SiteRenderer> rendererFor = archive ->
                new SiteRenderer(options, config, archive, parser, mapper, problems::add, fingerprint, templates);
        Optional<List<Article>> edits = before == null
                        || options.clean()
                        || !before.fingerprint().equals(fingerprint)
                        || !before.templates().equals(templates.folderFingerprint())
                ? Optional.empty()
                : BodyOnlyEdits.find(before.articles(), articles);

        // two transactions: the pages first, so they are on disk as soon as they can be, then the search
        // index, which takes longer to make and only changes what the search page finds (under serve,
        // in the background: see BackgroundSearchIndex)
        Archive archive;
        OutputFolder.Summary pages;
        if (edits.isPresent()) {
            // only article bodies changed: every index is as the last build made it, so the edited
            // articles' own pages are rendered against the last build's archive, and nothing else is
            List<Article> edited = edits.get();
            archive = before.archive();
            SiteRenderer renderer = rendererFor.apply(archive);
            pages = edited.isEmpty()
                    ? new OutputFolder.Summary(0, 0, 0)
                    : Transactions.commit(
                            Transactions.pages(options.output(), work(), false, Transactions.pagesOf(edited), problems),
                            out -> renderer.renderArticles(out, edited));
            BuildTrace.stage("pages (edited articles only)", started);
        } else {
            archive = new Archive(articles);
            BuildTrace.stage("index", started);
            if (System.getenv("BROADSHEET_TRACE") != null && !articles.isEmpty()) {
                // made on the first article page's demand otherwise; a benchmark wants its cost on its own
                archive.related(archive.articles().get(0));
                BuildTrace.stage("related articles", started);
            }
            pages = Transactions.commit(
                    Transactions.pages(options.output(), work(), options.clean(), Transactions.PAGES, problems),
                    rendererFor.apply(archive)::renderPages);
            BuildTrace.stage("pages", started);
        }
        this.last = new LastBuild(fingerprint, templates.folderFingerprint(), sources, articles, archive);
        pagesWritten.run();

        // after a body edit the last build's archive still serves the pages; the index needs the new bodies
        boolean newBodies = edits.isPresent() && !edits.get().isEmpty();
        Supplier<SiteRenderer> searchRenderer = () -> rendererFor.apply(newBodies ? new Archive(articles) : archive);
        OutputFolder.Summary search = new OutputFolder.Summary(0, 0, 0);
        if (background != null) {
            background.start(checkpoint -> searchIndex(searchRenderer.get(), checkpoint, started));
        } else {
            search = searchIndex(searchRenderer.get(), () -> {}, started);
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> a.location().compareTo(b.location()));
        BuildReport report = new BuildReport(
                articles.size(),
                loader.analysedCount(),
                pages.written() + search.written(),
                pages.unchanged() + search.unchanged(),
                pages.removed() + search.removed(),
                sorted,
                (System.nanoTime() - started) / 1_000_000);
        if (stamp != null) {
            stamp.remember(options.output(), report);
        }
        return report;
    }

    /** Every article to publish: the changed files read again, the others as the last build had them. */
    private List<Article> loadArticles(
            Sources sources, ArticleLoader loader, Set<Path> changed, List<Problem> problems) {
        List<Article> loaded = sources.files().parallelStream()
                .map(f -> !sources.mustRead(f)
                        ? this.loaded.last(f)
                        : this.loaded.load(
                                loader, f, sources.problems()::add, changed != null && changed.contains(f.path())))
                .flatMap(Optional::stream)
                .filter(a -> options.drafts() || !a.frontMatter().draft())
                .toList();
        problems.addAll(sources.problems());
        return SlugAssigner.assign(loaded, problems::add);
    }

    private synchronized Templates templatesFor(String folderFingerprint) throws IOException {
        if (templates == null || !templates.folderFingerprint().equals(folderFingerprint)) {
            templates = new Templates(options.templates(), folderFingerprint);
        }
        return templates;
    }

    /** The search index's transaction; kept as it is when no article changed. */
    private OutputFolder.Summary searchIndex(SiteRenderer renderer, Runnable checkpoint, long started)
            throws IOException {
        OutputFolder.Summary made = Transactions.commit(
                new OutputFolder(options.output(), work(), options.clean(), Transactions.SEARCH_DATA),
                out -> renderer.renderSearchIndex(out, checkpoint));
        BuildTrace.stage("search", started);
        return made;
    }

    private SiteConfig loadConfig() throws BuildFailure, IOException {
        try {
            SiteConfig config = SiteConfigLoader.load(options.siteYaml(), "site.yaml");
            return options.baseUrl() == null ? config : config.withBaseUrl(options.baseUrl());
        } catch (ContentProblem e) {
            throw new BuildFailure(e.describe(), false);
        }
    }

    /** Every article file in the content folder, each to be read (or found unchanged). */
    private Sources scan() throws IOException {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        List<SourceFile> files = ContentScanner.scan(options.site(), options.content(), problems::add);
        ContentScanner.warnLinksLeaving(options.site(), options.templates(), problems::add);
        Set<Path> present = new HashSet<>();
        files.forEach(f -> present.add(f.path()));
        this.loaded.retainOnly(present);
        return new Sources(files, Set.copyOf(present), null, problems);
    }
}
