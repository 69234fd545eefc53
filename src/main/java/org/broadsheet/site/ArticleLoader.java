package org.broadsheet.site;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.Analyzer;
import org.broadsheet.analysis.Explanation;
import org.broadsheet.analysis.Headline;
import org.broadsheet.analysis.Lede;
import org.broadsheet.analysis.dates.Dateline;
import org.broadsheet.analysis.dates.TimelineEvents;
import org.broadsheet.content.ContentProblem;
import org.broadsheet.content.FrontMatterBlock;
import org.broadsheet.content.FrontMatterParser;
import org.broadsheet.content.SourceFile;
import org.broadsheet.content.TextDecoder;
import org.broadsheet.index.Slugs;
import org.broadsheet.markdown.ArticleParser;
import org.broadsheet.markdown.MarkdownLimits;
import org.broadsheet.model.Article;
import org.broadsheet.model.BodySource;
import org.broadsheet.model.Extraction;
import org.broadsheet.model.FrontMatter;
import org.broadsheet.model.Problem;

/**
 * Reads one article file and analyses it: decode, front matter, parse, analyse. The one way to turn a
 * file into an {@link Article}; {@code build}, {@code serve} and {@code extract} all use it.
 */
public final class ArticleLoader {
    /**
     * Larger files are refused: they are not articles and would hold the build hostage. Below it, a
     * file's text, its page and its HTML fit the default heap together with the rest of a build.
     */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /**
     * Bodies longer than this (about twenty times a long feature) are published but not analysed: they
     * are dumps or books rather than articles, and their quotes, dates and places would swamp the archive.
     */
    static final int MAX_ANALYSED_CHARS = 1_000_000;

    private final ArticleParser parser;
    private final Analyzer analyzer;
    private final AnalysisCache cache;
    private final Consumer<Problem> warnings;
    private final java.util.concurrent.atomic.AtomicInteger analysed = new java.util.concurrent.atomic.AtomicInteger();
    /** One copy of the short strings every article's findings repeat, for as long as the build holds them. */
    private final SharedStrings strings = new SharedStrings();

    private final boolean bodiesFromFiles;
    /** Whether the articles join an archive: its timeline wants their events, its index shares their strings. */
    private final boolean archive;

    public ArticleLoader(ArticleParser parser, Analyzer analyzer) {
        this(parser, analyzer, new AnalysisCache(null, null));
    }

    /**
     * A loader for {@code extract}: the same reading and analysis as a build's, without what only an archive
     * needs (timeline events, strings shared across articles), which cost a tenth of extract's time.
     */
    public static ArticleLoader forExtract(ArticleParser parser, Analyzer analyzer) {
        return new ArticleLoader(parser, analyzer, new AnalysisCache(null, null), p -> {}, false, false);
    }

    ArticleLoader(ArticleParser parser, Analyzer analyzer, AnalysisCache cache) {
        this(parser, analyzer, cache, p -> {});
    }

    ArticleLoader(ArticleParser parser, Analyzer analyzer, AnalysisCache cache, Consumer<Problem> warnings) {
        this(parser, analyzer, cache, warnings, false);
    }

    /**
     * @param bodiesFromFiles give articles a body read again from their file when a page needs it
     *                        ({@link FileBody}) instead of holding it: for a build that runs once, where
     *                        the archive's text need not fit in memory. A builder that builds again (serve)
     *                        holds bodies, so an article whose file breaks keeps its last good version.
     */
    ArticleLoader(
            ArticleParser parser,
            Analyzer analyzer,
            AnalysisCache cache,
            Consumer<Problem> warnings,
            boolean bodiesFromFiles) {
        this(parser, analyzer, cache, warnings, bodiesFromFiles, true);
    }

    private ArticleLoader(
            ArticleParser parser,
            Analyzer analyzer,
            AnalysisCache cache,
            Consumer<Problem> warnings,
            boolean bodiesFromFiles,
            boolean archive) {
        this.archive = archive;
        this.parser = parser;
        this.analyzer = analyzer;
        this.cache = cache;
        this.warnings = warnings;
        this.bodiesFromFiles = bodiesFromFiles;
    }

    /** How many articles this loader had to analyse (the others came from the cache). */
    public int analysedCount() {
        return analysed.get();
    }

    public Article load(SourceFile file) throws ContentProblem, IOException {
        return load(file, Explanation.NONE);
    }

    /** As {@link #load(SourceFile)}, recording into {@code why} the rules behind the analysis (no cache then). */
    public Article load(SourceFile file, Explanation why) throws ContentProblem, IOException {
        long size = Files.size(file.path());
        if (size > MAX_BYTES) {
            throw new ContentProblem(
                    file.displayName(),
                    0,
                    "file is " + size / (1024 * 1024) + " MB; articles larger than " + MAX_BYTES / (1024 * 1024)
                            + " MB are skipped");
        }
        byte[] bytes = Files.readAllBytes(file.path());
        String hash = sha256(bytes, file.format());
        String text = TextDecoder.decode(file.displayName(), bytes);
        return fromText(file, text, hash, null, why);
    }

    /**
     * An article whose text arrives without a file ({@code extract --jsonl}), read exactly as a {@code .txt}
     * file of that text, front matter included: the same title, dateline and analysis as {@code build} gives.
     *
     * @param publicationDate the date when the text's front matter gives none (a dateline is then not read)
     */
    public Article loadText(String name, String text, LocalDate publicationDate, Explanation why)
            throws ContentProblem {
        if (text.isBlank()) {
            throw new ContentProblem(name, 0, "empty text; an article needs some text");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SourceFile file = new SourceFile(Path.of("text.txt"), name, SourceFile.Format.TEXT);
        return fromText(file, text, sha256(bytes, file.format()), publicationDate, why);
    }

    private Article fromText(SourceFile file, String text, String hash, LocalDate publicationDate, Explanation why)
            throws ContentProblem {
        FrontMatterBlock block = FrontMatterBlock.split(file.displayName(), text);
        FrontMatter parsed = FrontMatterParser.parse(file.displayName(), block.yaml(), 2);
        FrontMatter fm = publicationDate == null || parsed.date() != null ? parsed : datedOn(parsed, publicationDate);
        String body = block.body();
        if (body.isBlank()) {
            throw new ContentProblem(file.displayName(), 0, "the article has front matter but no text");
        }
        MarkdownLimits.Excess excess =
                file.format() == SourceFile.Format.MARKDOWN ? MarkdownLimits.beforeParsing(body) : null;
        if (excess != null) {
            throw new ContentProblem(file.displayName(), block.bodyFirstLine() + excess.line() - 1, excess.message());
        }
        AnalysisCache.Entry entry = why.on() ? null : cache.get(hash);
        if (entry == null) {
            entry = analyse(file, fm, body, block.bodyFirstLine(), why);
            analysed.incrementAndGet();
            cache.put(hash, entry);
        }
        String slug = Slugs.slugify(fm.slug() != null ? fm.slug() : file.stem(), "article");
        // a dateline ("BAGHDAD, Nov. 23, 2017 (Reuters) -") dates an article whose front matter does not
        LocalDate date = fm.date() != null
                ? fm.date()
                : entry.datelineDate() == null ? null : LocalDate.parse(entry.datelineDate());
        return new Article(
                file.displayName(),
                slug,
                entry.title(),
                entry.titleDerived(),
                date,
                fm,
                entry.summary(),
                bodiesFromFiles ? new FileBody(file, hash) : BodySource.held(body),
                file.format() == SourceFile.Format.MARKDOWN,
                archive ? strings.of(entry.extraction()) : entry.extraction(),
                archive ? strings.of(entry.events()) : entry.events(),
                hash);
    }

    private AnalysisCache.Entry analyse(
            SourceFile file, FrontMatter fm, String body, int bodyFirstLine, Explanation why) throws ContentProblem {
        boolean markdown = file.format() == SourceFile.Format.MARKDOWN;
        // over the analysis cap only the head is read here (for the title and lede): every pass keeps to the cap
        boolean capped = body.length() > MAX_ANALYSED_CHARS;
        String read = capped ? body.substring(0, headEnd(body)) : body;
        Document doc = markdown ? parser.parseMarkdown(read) : parser.parsePlainText(read);
        MarkdownLimits.Excess tooDeep = markdown ? MarkdownLimits.afterParsing(doc) : null;
        if (tooDeep != null) {
            throw new ContentProblem(file.displayName(), bodyFirstLine + tooDeep.line() - 1, tooDeep.message());
        }
        LocalDate date = fm.date();
        AnalysisText analysisText = ArticleParser.analysisText(doc, read, date);
        String lede = Lede.of(analysisText);
        String title = fm.title();
        boolean derived = false;
        if (title == null && markdown) {
            title = ArticleParser.takeLeadingHeading(doc);
        }
        if (title == null) {
            title = Headline.fromLede(lede);
            derived = true;
        }
        if (title.isBlank()) {
            title = file.stem();
        }
        String summary = fm.summary() != null ? fm.summary() : lede;
        LocalDate datelineDate =
                date != null ? null : Dateline.find(read).map(Dateline::date).orElse(null);
        if (capped) {
            warnings.accept(new Problem(
                    file.displayName(),
                    "the text has " + body.length() / 1000 + " thousand characters; "
                            + "it is published, but quotes, dates, places and people are only looked for in articles under "
                            + MAX_ANALYSED_CHARS / 1000 + " thousand characters",
                    false));
            return new AnalysisCache.Entry(
                    title,
                    derived,
                    summary,
                    datelineDate == null ? null : datelineDate.toString(),
                    Extraction.EMPTY,
                    List.of());
        }
        Extraction extraction = analyzer.analyze(analysisText, why);
        return new AnalysisCache.Entry(
                title,
                derived,
                summary,
                datelineDate == null ? null : datelineDate.toString(),
                extraction,
                archive ? TimelineEvents.of(analysisText, extraction.dates(), extraction.quotes()) : List.of());
    }

    private static FrontMatter datedOn(FrontMatter f, LocalDate date) {
        return new FrontMatter(
                f.title(),
                date,
                f.updated(),
                f.author(),
                f.source(),
                f.url(),
                f.tags(),
                f.slug(),
                f.draft(),
                f.summary(),
                f.lang(),
                f.params());
    }

    /** Where the analysed head of an over-long body ends: the last line break within the cap. */
    private static int headEnd(String body) {
        int end = body.lastIndexOf('\n', MAX_ANALYSED_CHARS);
        return end > 0 ? end : MAX_ANALYSED_CHARS;
    }

    /** The cache key of a file: its bytes and its format (the same text means different things as .md and .txt). */
    static String sha256(byte[] bytes, SourceFile.Format format) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(format.name().getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
