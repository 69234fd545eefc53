package org.broadsheet.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<Path, Loaded> loaded = new ConcurrentHashMap<>();

    private record Loaded(long size, FileTime modified, Article article) {}

    /** What the last build of this builder committed (serve), so an edit to one body re-renders one page. */
    private volatile LastBuild last;

    private record LastBuild(
            String fingerprint, String templates, Sources sources, List<Article> articles, Archive archive) {
        /** Whether these changes are edits to articles this build read, so the content need not be scanned. */
        boolean readAgainOnly(Set<Path> changed, Path content) {
            return changed != null
                    && !changed.isEmpty()
                    && changed.stream()
                            .allMatch(p ->
                                    p.startsWith(content) && sources.paths().contains(p) && Files.isRegularFile(p));
        }
    }

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
        checkFolders();
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
        checkFolders();
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
                trace("nothing changed", started);
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
        trace("load", started);
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
                    : commit(output(false, pagesOf(edited), problems), out -> renderer.renderArticles(out, edited));
            trace("pages (edited articles only)", started);
        } else {
            archive = new Archive(articles);
            trace("index", started);
            if (System.getenv("BROADSHEET_TRACE") != null && !articles.isEmpty()) {
                // made on the first article page's demand otherwise; a benchmark wants its cost on its own
                archive.related(archive.articles().get(0));
                trace("related articles", started);
            }
            pages = commit(
                    output(options.clean(), SEARCH_DATA.negate(), problems), rendererFor.apply(archive)::renderPages);
            trace("pages", started);
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
                        ? Optional.ofNullable(this.loaded.get(f.path())).map(Loaded::article)
                        : load(loader, f, sources.problems()::add, changed != null && changed.contains(f.path())))
                .flatMap(Optional::stream)
                .filter(a -> options.drafts() || !a.frontMatter().draft())
                .toList();
        problems.addAll(sources.problems());
        return SlugAssigner.assign(
                loaded,
                w -> problems.add(
                        new Problem(w.substring(0, w.indexOf(": ")), w.substring(w.indexOf(": ") + 2), false)));
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
        OutputFolder.Summary made = commit(
                new OutputFolder(options.output(), work(), options.clean(), SEARCH_DATA),
                out -> renderer.renderSearchIndex(out, checkpoint));
        trace("search", started);
        return made;
    }

    /**
     * A transaction over the pages; when a file or folder could not be read, what the last build
     * made from it is kept (nothing is removed), since this build cannot tell which pages those are.
     */
    private OutputFolder output(boolean rewriteAll, java.util.function.Predicate<String> owns, List<Problem> problems)
            throws IOException {
        OutputFolder out = new OutputFolder(options.output(), work(), rewriteAll, owns);
        List<Problem> seen;
        synchronized (problems) {
            seen = List.copyOf(problems);
        }
        if (seen.stream().anyMatch(p -> p.error() && p.message().startsWith(ContentScanner.UNREADABLE))) {
            out.keepUnproduced();
        }
        return out;
    }

    /** The files of these articles' own pages: articles/<slug>/... */
    private static java.util.function.Predicate<String> pagesOf(List<Article> edited) {
        Set<String> dirs = new HashSet<>();
        edited.forEach(a -> dirs.add(a.path()));
        return path -> {
            int slugEnd = path.indexOf('/', "articles/".length());
            return slugEnd > 0 && dirs.contains(path.substring(0, slugEnd + 1));
        };
    }

    /** The search index's data files (the search page itself is a page). */
    private static final java.util.function.Predicate<String> SEARCH_DATA =
            path -> path.startsWith("search/") && !path.equals("search/index.html");

    private interface Step {
        void run(OutputFolder output) throws IOException;
    }

    private static OutputFolder.Summary commit(OutputFolder output, Step step) throws IOException {
        try {
            step.run(output);
            return output.commit();
        } catch (RuntimeException | IOException e) {
            output.abort();
            throw e;
        }
    }

    /** With BROADSHEET_TRACE set, prints how long each stage took (for benchmarks). */
    private static void trace(String stage, long started) {
        if (System.getenv("BROADSHEET_TRACE") != null) {
            long cpu = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() / 1_000_000
                    : -1;
            System.err.printf(
                    "trace: %s done at %d ms (%d ms of cpu since the JVM started)%n",
                    stage, (System.nanoTime() - started) / 1_000_000, cpu);
        }
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
        this.loaded.keySet().retainAll(present);
        return new Sources(files, Set.copyOf(present), null, problems);
    }

    /**
     * @param force read the file even when its size and time say it is unchanged (a watcher saw it change)
     */
    private Optional<Article> load(ArticleLoader loader, SourceFile file, Consumer<Problem> problems, boolean force) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file.path(), BasicFileAttributes.class);
            Loaded before = this.loaded.get(file.path());
            if (!force
                    && before != null
                    && before.size() == attrs.size()
                    && before.modified().equals(attrs.lastModifiedTime())
                    && before.article().source().equals(file.displayName())) {
                return Optional.of(before.article());
            }
            Article article = loader.load(file);
            this.loaded.put(file.path(), new Loaded(attrs.size(), attrs.lastModifiedTime(), article));
            return Optional.of(article);
        } catch (ContentProblem e) {
            problems.accept(new Problem(e.file() + (e.line() > 0 ? ":" + e.line() : ""), e.getMessage(), true));
            // under serve, a file broken while being edited keeps its last good version on the site
            Loaded before = this.loaded.get(file.path());
            if (before != null) {
                return Optional.of(before.article());
            }
        } catch (IOException | UncheckedIOException e) {
            problems.accept(new Problem(
                    file.displayName(),
                    ContentScanner.UNREADABLE + " (" + e.getMessage()
                            + "); what the last build published from it is kept",
                    true));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            problems.accept(new Problem(file.displayName(), ArticleFailure.describe(e, "analysed"), true));
        }
        return Optional.empty();
    }

    /**
     * The guards on the folders, on their real paths: an output given as a link to content/ (or to
     * the site folder, or its parent) is refused like the folder itself.
     */
    private void checkFolders() throws BuildFailure, IOException {
        Path site = options.site();
        Path out = options.output();
        if (!Files.isDirectory(site)) {
            throw new BuildFailure("no site folder at " + site, true);
        }
        if (!Files.isDirectory(options.content())) {
            throw new BuildFailure("no content/ folder in " + site + " (put your articles there)", true);
        }
        Path siteReal = site.toRealPath();
        Path outReal = realPath(out);
        String named = outReal.equals(out) ? out.toString() : out + " (really " + outReal + ")";
        if (outReal.equals(siteReal) || siteReal.startsWith(outReal)) {
            throw new BuildFailure("the output folder " + named + " may not be the site folder or contain it", true);
        }
        if (outReal.startsWith(options.content().toRealPath()) || outReal.startsWith(realPath(options.templates()))) {
            throw new BuildFailure("the output folder " + named + " may not be inside content/ or templates/", true);
        }
    }

    /** The real path of a folder that may not exist yet: its nearest existing ancestor's, plus the rest. */
    private static Path realPath(Path path) throws IOException {
        Path existing = path;
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing.toRealPath().resolve(existing.relativize(path)).normalize();
    }
}
